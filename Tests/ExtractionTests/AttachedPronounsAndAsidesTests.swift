import XCTest
import EntityGraph
@testable import Extraction

/// An Arabic verb written with its object pronoun takes the actor after it as subject and the
/// sentence's topic as object; a state's name with the accusative tanwin is its nisba; a short
/// aside may stand between a subject and its event; a verb of sharing belongs to the state right
/// before it; "X، الواقعة بين" and "wanted X to", "shook hands", "took full control of".
final class AttachedPronounsAndAsidesTests: XCTestCase {
    func testAVerbWithItsObjectPronounTakesTheActorAfterItAsSubject() {
        let found = edges("ووقعت جورجيا اتفاقا للتجارة الحرة مع الصين، وتنتقدها بروكسل بسبب قانون العملاء الأجانب.")
        XCTAssertTrue(found.contains("european_union criticizes georgia"), "\(found)")
        XCTAssertFalse(found.contains("georgia criticizes european_union"), "\(found)")
    }

    func testAnObjectPronounWithNoTopicBeforeItGivesNoObject() {
        XCTAssertFalse(edges("انتقدتها واشنطن بشدة بسبب الانتخابات في جورجيا.").contains { $0.contains(" criticizes ") })
    }

    func testAVerbQualifyingAnIndefiniteNounTakesThatNounAsItsPronoun() {
        let found = edges("ناقش ماكرون مع ميلوني حملة تضليل تشنها روسيا ضد أوروبا.")
        XCTAssertFalse(found.contains { $0.hasPrefix("russia attacks") }, "\(found)")
    }

    func testAStateNameWithTheAccusativeTanwinIsItsNisba() {
        XCTAssertTrue(edges("طردت إستونيا دبلوماسياً روسياً بتهمة التجسس.").contains("estonia sanctions russia"))
        let graph = sharedExtractor.extract(text: "زار رئيس الوزراء روسيا الأسبوع الماضي.", document: "t.txt", date: nil)
        XCTAssertNotNil(graph.entity(id: "russia"))
    }

    func testAShortAsideMayStandBetweenTheSubjectAndItsEvent() {
        XCTAssertTrue(edges("أعلنت لاتفيا، يوم الجمعة، طرد دبلوماسي يعمل في السفارة الروسية في ريغا.").contains("latvia sanctions russia"))
        // An owner written right after the event noun is its subject ("دعم باريس").
        let found = edges("وجدد الوزير الألماني، خلال مؤتمر صحفي مشترك، دعم باريس لخطة السلام في أوكرانيا.")
        XCTAssertTrue(found.contains("france supports ukraine"), "\(found)")
    }

    func testAVerbOfSharingBelongsToTheStateRightBeforeIt() {
        let found = edges("وشكر الرئيس الإستوني ألمانيا على دعمها، مشيراً إلى أن بلاده تتقاسم حدوداً مع روسيا.")
        XCTAssertTrue(found.contains("estonia borders russia"), "\(found)")
        XCTAssertFalse(found.contains("germany borders russia"), "\(found)")
    }

    func testAStateLyingBetweenTwoOthersAfterACommaBordersEach() {
        let found = edges("وتسعى أرمينيا، الواقعة بين تركيا وأذربيجان، إلى تطبيع علاقاتها.")
        XCTAssertTrue(found.isSuperset(of: ["armenia borders turkey", "armenia borders azerbaijan"]), "\(found)")
        XCTAssertFalse(found.contains("azerbaijan borders turkey"), "\(found)")
    }

    func testStationedAsAParticipleIsADeployment() {
        XCTAssertTrue(edges("عززت بريطانيا الفوج المتمركز في إستونيا بمئة جندي.").contains("united_kingdom deploys_to estonia"))
    }

    func testWantingSomeoneToActIsARequestAndWantingToActIsNone() {
        XCTAssertTrue(edges("Lithuania wanted the European Union to pay for the new fence.").contains("lithuania requests european_union"))
        XCTAssertFalse(edges("Serbia wants to buy Russian gas for another year.").contains { $0.contains(" requests ") })
    }

    func testShakingHandsIsAMeetingAndTakingFullControlAnAttack() {
        XCTAssertTrue(edges("Serbian President Aleksandar Vucic and Chinese President Xi Jinping shook hands in Belgrade.").contains("vucic met_with xi_jinping"))
        XCTAssertTrue(edges("Russia took full control of the Luhansk region in 2022.").contains("russia attacks luhansk"))
    }
}
