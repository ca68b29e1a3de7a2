import XCTest
import EntityGraph
@testable import Extraction

/// A minister titled "his interior minister" after a person serves that person's state; a year
/// after "since" and another event dates no earlier event; a relative clause after a body tied to
/// another ("المرتبطة بتنظيم القاعدة، التي") is about the first; those a coalition is formed to
/// defeat are no partners; two states named around a strike are "the two countries"; a state
/// that seeks or decides to join a bloc ("تسعى جورجيا إلى الانضمام إلى") plans to join it.
final class PossessiveTitlesSinceYearsAndLinkedBodiesTests: XCTestCase {
    func testAMinisterTitledByAPossessiveServesThePersonJoinedBefore() {
        let text = "وكان مجلس الأمن الدولي قد رفع اسم الرئيس السوري أحمد الشرع ووزير داخليته أنس خطاب من قائمة العقوبات."
        XCTAssertEqual(offices(ofRole: "interior_minister", in: text, date: "2025-11-20"), ["syria"])
    }

    func testAYearAfterSinceAndAnotherEventDatesNoEarlierEvent() {
        let text = "استقبل الرئيس الأميركي دونالد ترامب الرئيس السوري أحمد الشرع في البيت الأبيض، في أول زيارة يقوم بها رئيس سوري "
            + "إلى واشنطن منذ استقلال البلاد عام 1946."
        XCTAssertTrue(edges(text, date: "2025-11-20").contains("al_sharaa met_with trump"))
        XCTAssertNil(attribute("date", of: "al_sharaa met_with trump", in: text, date: "2025-11-20"))
    }

    func testAYearClosingASincePhraseStillDatesTheEventInIt() {
        let text = "Poland has closed its border since Russia invaded Ukraine in 2022."
        XCTAssertEqual(attribute("date", of: "russia attacks ukraine", in: text, date: "2025-11-20"), "2022")
    }

    func testARelativeClauseAfterALinkedBodyIsAboutTheFirst() {
        let text = "وتواجه الحكومة الصومالية ضغوطا من حركة الشباب المرتبطة بتنظيم القاعدة، التي شنت هجمات على مواقع للجيش الصومالي."
        let found = edges(text, date: "2025-11-20")
        XCTAssertTrue(found.contains("al_shabaab attacks somalia"), "\(found)")
        XCTAssertFalse(found.contains("al_qaeda attacks somalia"), "\(found)")
    }

    func testTheGroupACoalitionIsJoinedToDefeatIsNoPartner() {
        let text = "وأعلنت وزارة الخارجية السورية أن دمشق وقعت إعلان تعاون سياسي للانضمام إلى التحالف الدولي لهزيمة تنظيم الدولة الإسلامية."
        XCTAssertEqual(edges(text, date: "2025-11-20"), ["syria_foreign_ministry part_of syria", "syria member_of global_coalition"])
    }

    func testTwoStatesNamedAroundAStrikeAreTheTwoCountries() {
        let text = "استقبل الرئيس الأميركي دونالد ترامب الرئيس السوري أحمد الشرع في واشنطن. وتتهم إسرائيل، التي شنت مئات الغارات على "
            + "الأراضي السورية، الحكومة الجديدة بتهديد أمنها، فيما تجري الدولتان محادثات بوساطة أميركية."
        let found = edges(text, date: "2025-11-20")
        XCTAssertTrue(found.contains("israel cooperates_with syria"), "\(found)")
        XCTAssertFalse(found.contains("syria cooperates_with united_states"), "\(found)")
    }

    func testAStateSeekingToJoinABlocPlansToJoinIt() {
        XCTAssertEqual(edges("تسعى جورجيا منذ سنوات إلى الانضمام إلى الاتحاد الأوروبي.", date: "2025-11-20"), ["georgia member_of european_union"])
        XCTAssertEqual(attribute("modality", of: "syria member_of global_coalition", in: "تسعى سوريا للانضمام إلى التحالف الدولي.",
                                 date: "2025-11-20"), "planned")
    }

    func testNoJoiningIsPlannedAfterARefusalOrASuspension() {
        XCTAssertEqual(edges("جورجيا تعلق مفاوضات الانضمام إلى الاتحاد الأوروبي.", date: "2025-11-20"), [])
        XCTAssertEqual(edges("لم تقرر السويد الانضمام إلى حلف شمال الأطلسي.", date: "2025-11-20"), [])
        XCTAssertEqual(edges("رفضت تركيا الانضمام إلى منظمة شنغهاي للتعاون.", date: "2025-11-20"), [])
    }

    func testAlQaedaIsAnOrganisation() {
        let graph = sharedExtractor.extract(text: "وصوّت مجلس الأمن على رفع الاسمين من قائمة العقوبات المرتبطة بتنظيم القاعدة.", document: "t.txt")
        XCTAssertEqual(graph.entity(id: "al_qaeda")?.kind, .organization)
    }
}
