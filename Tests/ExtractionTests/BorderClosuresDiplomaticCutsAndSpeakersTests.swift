import XCTest
@testable import Extraction

/// Border crossings closed with a neighbour, diplomatic presence reduced, the speaker behind
/// "أنه" past a circumstance, and organisations whose own name tells their state.
final class BorderClosuresDiplomaticCutsAndSpeakersTests: XCTestCase {
    func testClosingCrossingsDescribedAsBorderCrossingsSanctionsTheNeighbour() {
        let crossings = edges("أغلقت لاتفيا معابرها الحدودية مع روسيا.")
        XCTAssertTrue(crossings.contains("latvia sanctions russia"), "\(crossings)")
        let own = edges("وكانت إستونيا قد أغلقت معابرها الحدودية مع روسيا.")
        XCTAssertTrue(own.contains("estonia sanctions russia"), "\(own)")
        XCTAssertTrue(own.contains("estonia borders russia") || own.contains("russia borders estonia"), "\(own)")
        XCTAssertTrue(edges("Finland closed its border to Russia.").contains("finland sanctions russia"))
        let drills = edges("أجرت بولندا مناورات على حدودها الشرقية مع بيلاروس.")
        XCTAssertFalse(drills.contains("poland sanctions belarus"), "\(drills)")
    }

    func testReducingADiplomaticPresenceSanctionsTheState() {
        let presence = edges("Moscow will reduce Finland's diplomatic presence in Russia.")
        XCTAssertTrue(presence.contains("russia sanctions finland"), "\(presence)")
        XCTAssertTrue(edges("خفضت الجزائر مستوى التمثيل الدبلوماسي لدى إسبانيا.").contains("algeria sanctions spain"))
        XCTAssertEqual(edges("قلصت روسيا إمدادات الغاز إلى مولدوفا."), [])
        XCTAssertEqual(edges("Poland wants to reduce its dependence on Russian gas."), [])
    }

    func testTheSpeakerSaysWhatHeDidPastACircumstance() {
        let press = edges("وأضاف أردوغان في مؤتمر صحفي بأنقرة أنه بحث الملف هاتفيا مع الرئيس الأمريكي دونالد ترامب.", date: "2025-11-01")
        XCTAssertTrue(press.contains("erdogan met_with trump") || press.contains("trump met_with erdogan"), "\(press)")
        let reporters = edges("وقال لافروف للصحفيين في موسكو إنه التقى نظيره التركي هاكان فيدان.", date: "2025-11-01")
        XCTAssertTrue(reporters.contains("fidan met_with lavrov") || reporters.contains("lavrov met_with fidan"), "\(reporters)")
        let today = edges("وقالت ميلوني اليوم الخميس إنها انتقدت روسيا.", date: "2025-11-01")
        XCTAssertTrue(today.contains("meloni criticizes russia"), "\(today)")
    }

    func testAnOrganisationNamedWithItsStateBelongsToNoOtherNisba() {
        let found = edges("Two Ukrainian citizens working for Russian intelligence carried out the sabotage.")
        XCTAssertTrue(found.contains("russia_intelligence part_of russia"), "\(found)")
        XCTAssertFalse(found.contains("russia_intelligence part_of ukraine"), "\(found)")
    }
}
