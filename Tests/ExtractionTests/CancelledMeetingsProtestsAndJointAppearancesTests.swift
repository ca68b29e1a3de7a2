import XCTest
@testable import Extraction

/// Meetings called off, protests as the reason of a clause ("احتجاجا على", "in protest at"), the
/// latter after a noun with tāʾ marbūṭa, joint appearances, signings by agents after a place,
/// and the nouns that name no event.
final class CancelledMeetingsProtestsAndJointAppearancesTests: XCTestCase {
    func testACancelledMeetingIsNoMeetingAndTheProtestIsTheSubjects() {
        let found = edges("ألغى الرئيس التشيكي بيتر بافيل، الثلاثاء، لقاء كان مقررا مع رئيس الوزراء السلوفاكي روبرت فيتسو في براتيسلافا، احتجاجا على زيارة الأخير إلى بكين.")
        XCTAssertFalse(found.contains("fico met_with petr_pavel"), "\(found)")
        XCTAssertTrue(found.contains("petr_pavel criticizes fico"), "\(found)")
        XCTAssertTrue(found.contains("china met_with fico"), "\(found)")
        let english = edges("The Czech president cancelled talks with Slovakia's Prime Minister Robert Fico.")
        XCTAssertFalse(english.contains { $0.contains("met_with") }, "\(english)")
    }

    func testAHeadlinesCancelledMeetingAndTheTargetOfAPossessedVisit() {
        let found = edges("الرئيس التشيكي يلغي لقاءه مع فيتسو احتجاجا على زيارته بكين")
        XCTAssertFalse(found.contains { $0.contains("met_with") }, "\(found)")
        XCTAssertFalse(found.contains("petr_pavel criticizes china"), "\(found)")
    }

    func testAProtestAtAnAggressionCriticisesItsDoer() {
        let found = edges("وقطعت تركيا علاقاتها التجارية مع إسرائيل احتجاجا على العدوان الإسرائيلي على غزة.")
        XCTAssertTrue(found.contains("turkey criticizes israel"), "\(found)")
        let elsewhere = edges("شنت أذربيجان هجوما على ناغورني قره باغ. وقطعت تركيا علاقاتها التجارية مع إسرائيل احتجاجا على الحرب في غزة.")
        XCTAssertFalse(elsewhere.contains("turkey criticizes azerbaijan"), "\(elsewhere)")
    }

    func testAnAdviserInABodyIsNoChancellor() {
        let graph = sharedExtractor.extract(text: "وقال المستشار في وزارة الخارجية القطرية ماجد الأنصاري إن الوساطة مستمرة.", document: "t.txt", date: nil)
        XCTAssertEqual(role(graph, "majd_alansari", "qatar_foreign_ministry"), "adviser")
    }

    func testCzechiaByItsShortArabicName() {
        let found = edges("تضم مجموعة فيشغراد بولندا والمجر وتشيكيا وسلوفاكيا.")
        XCTAssertTrue(found.contains("czechia member_of visegrad"), "\(found)")
        XCTAssertTrue(found.contains("slovakia member_of visegrad"), "\(found)")
    }

    func testSpeakingAlongsideAnotherIsAMeeting() {
        let found = edges("Speaking in Paris alongside his German counterpart Johann Wadephul, French Foreign Minister Jean-Noel Barrot said Europe must act.")
        XCTAssertTrue(found.contains("barrot met_with wadephul"), "\(found)")
    }

    func testSignatoriesNamedAfterTheVenueMet() {
        let found = edges("The accord was signed in Doha by Rwandan Foreign Minister Olivier Nduhungirehe and Congolese Foreign Minister Therese Kayikwamba Wagner.")
        XCTAssertTrue(found.contains("olivier_nduhungirehe met_with therese_kayikwamba_wagner"), "\(found)")
        XCTAssertTrue(found.contains("dr_congo cooperates_with rwanda"), "\(found)")
    }

    func testAFundAfterAnArticleFundsNoOne() {
        let found = edges("Egypt will put its gas revenue in a fund to pay Italian companies.")
        XCTAssertFalse(found.contains("egypt supports italy"), "\(found)")
    }
}
