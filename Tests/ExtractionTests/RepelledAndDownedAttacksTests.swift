import XCTest
@testable import Extraction

/// Attacks told by those who repelled or downed them, captures, the Rapid Support Forces and the
/// General Staff, and "the two leaders" when no meeting named them.
final class RepelledAndDownedAttacksTests: XCTestCase {
    func testRepelledAttacksAreTheAttackersDeeds() {
        let text = "أكدت هيئة الأركان العامة الأوكرانية أن قواتها صدت 14 هجوما روسيا قرب كوبيانسك."
        XCTAssertTrue(edges(text).contains("russia attacks ukraine"), "\(edges(text))")
    }

    func testDownedDronesAreAnAttackOnTheSpeakersState() {
        let arabic = "قالت وزارة الدفاع الروسية إن دفاعاتها الجوية أسقطت 30 طائرة مسيرة أوكرانية خلال الليل."
        XCTAssertTrue(edges(arabic).contains("ukraine attacks russia"), "\(edges(arabic))")
        let english = "Belarusian Defence Minister Viktor Khrenin said air defences shot down five Russian drones."
        XCTAssertTrue(edges(english).contains("russia attacks belarus"), "\(edges(english))")
    }

    func testACaptureIsAnAttack() {
        XCTAssertTrue(edges("Russian troops captured Pokrovsk after months of fighting.").contains { $0.hasPrefix("russia attacks") })
    }

    func testTheRapidSupportForcesAreKnown() {
        XCTAssertTrue(edges("أدانت مصر هجمات قوات الدعم السريع على مدينة الفاشر.").contains("egypt criticizes rsf"))
    }

    func testTheTwoLeadersAreTheLastTwoPeopleWhenNoMeetingNamedThem() {
        let text = "South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba agreed to deepen security ties. The two leaders condemned North Korea's missile launch."
        let found = edges(text)
        XCTAssertTrue(found.contains { $0.hasSuffix("criticizes north_korea") && $0.contains("ishiba") }, "\(found)")
    }
}
