import XCTest
@testable import Extraction

/// Spellings of condemnation, partitive subjects, a headline's second clause, witnesses of an
/// agreement, suspended cooperation, targets named by a possessive, group anaphors with a
/// proclitic, plural nouns after a title, and construct agents past an adjective.
final class PartitivesWitnessesAndOwnedTargetsTests: XCTestCase {
    func testDanaWithoutHamzaIsCondemnation() {
        XCTAssertTrue(edges("ودانت الخارجية الأردنية الهجوم الروسي على كييف.").contains("jordan criticizes russia"))
    }

    func testAPartitiveListAfterTheVerbIsItsSubject() {
        let found = edges("وقصفت روسيا كييف. كما أدانت كل من مصر والأردن الهجوم.")
        XCTAssertTrue(found.contains("egypt criticizes russia") && found.contains("jordan criticizes russia"), "\(found)")
    }

    func testAStateBeforeItsOwnVerbEndsTheObjectList() {
        let found = edges("غارات أميركية على اليمن وإيران تندد")
        XCTAssertTrue(found.contains("united_states attacks yemen"), "\(found)")
        XCTAssertFalse(found.contains("united_states attacks iran"), "\(found)")
    }

    func testWhoWitnessesAnAgreementIsNoPartyToIt() {
        let found = edges("أمير قطر يستقبل وزير الخارجية الأميركي والرئيس الرواندي ويشهد توقيع اتفاق للتعاون")
        XCTAssertFalse(found.contains { $0.contains("cooperates_with") }, "\(found)")
    }

    func testSuspendingOnesOwnCooperationReducesRelations() {
        XCTAssertEqual(edges("علقت أرمينيا تعاونها مع منظمة معاهدة الأمن الجماعي."), ["armenia sanctions csto"])
    }

    func testATargetNamedByAPossessiveIsTheSubjectsState() {
        let found = edges("وقالت أوكرانيا إن الضربات الروسية على منشآتها للطاقة تصاعدت.")
        XCTAssertTrue(found.contains("russia attacks ukraine"), "\(found)")
    }

    func testAGroupAnaphorWithAProcliticIsResolved() {
        let found = edges("زار مدير الوكالة الدولية للطاقة الذرية طهران. ووقعت إيران والوكالة اتفاقا.")
        XCTAssertTrue(found.contains("iaea cooperates_with iran"), "\(found)")
        XCTAssertTrue(edges("وأعلن المدير العام للوكالة رافائيل غروسي أنه سيزور القاهرة.").contains("grossi holds_role iaea"))
    }

    func testAFemininePluralAfterATitleIsNoName() {
        let found = edges("عبد العاطي يبحث مع نظيره العراقي تطورات المنطقة")
        XCTAssertFalse(found.contains { $0.hasPrefix("ttorat") }, "\(found)")
    }

    func testAConstructAgentPastAnAdjectiveSupports() {
        XCTAssertTrue(edges("وجدد الوزير دعم تركيا الكامل لوحدة الأراضي السورية.").contains("turkey supports syria"))
    }
}
