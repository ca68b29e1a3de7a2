import XCTest
import EntityGraph
@testable import Extraction

/// Spellings and names other outlets use (الأطلنطي for الأطلسي, منسك, الاتحاد الروسي, Brussels for
/// the EU, "dictator" for a leader), and words after a title that are an organisation's name, not
/// a new person's.
final class SpellingVariantsTests: XCTestCase {
    func testTheEgyptianSpellingOfNATOAfterATitle() {
        XCTAssertEqual(edges("وقال الأمين العام لحلف شمال الأطلنطي مارك روته إن الحلف سيدافع عن كل شبر من أراضيه.", date: "2025-03-01"),
                       ["rutte holds_role nato"])
        XCTAssertEqual(edges("وانتقد حلف الأطلنطي المناورات الروسية.", date: "2025-03-01"), ["nato criticizes russia"])
    }

    func testAPrepositionAndAKnownNameAfterATitleAreNoPersonsName() {
        let graph = sharedExtractor.extract(text: "وحذر المتحدث باسم لحلف المحيط الهادئ من التصعيد.", document: "t.txt")
        XCTAssertFalse(graph.entities.contains { $0.kind == .person }, "\(graph.entities.map(\.id))")
    }

    func testMinskWithoutItsLongVowel() {
        XCTAssertEqual(edges("وأكدت موسكو أن منسك حليف موثوق."), ["belarus allied_with russia"])
    }

    func testTheAllyOfAStateNamedByItsSpokesmanIsHisState() {
        XCTAssertEqual(edges("وأكد المتحدث باسم الكرملين دميتري بيسكوف أن مينسك حليف موثوق."),
                       ["peskov holds_role kremlin", "belarus allied_with russia"])
    }

    func testTheStateOfWhatIsDeployedAfterTwoWords() {
        XCTAssertEqual(edges("وقالت فنلندا إن نشر الصواريخ الباليستية الروسية في كالينينغراد يهدد المنطقة."),
                       ["russia deploys_to kaliningrad"])
    }

    func testTheRussianFederationByItsFormalArabicName() {
        XCTAssertEqual(edges("وفرضت اليابان عقوبات جديدة على الاتحاد الروسي."), ["japan sanctions russia"])
    }

    func testBrusselsActingIsTheEuropeanUnion() {
        XCTAssertEqual(edges("Brussels imposed new sanctions on Iran."), ["european_union sanctions iran"])
        XCTAssertEqual(edges("وفرضت بروكسل عقوبات جديدة على إيران."), ["european_union sanctions iran"])
    }

    func testADictatorIsALeader() {
        XCTAssertEqual(attribute("role", of: "lukashenko holds_role belarus", in: "He met the Belarusian dictator Alexander Lukashenko."), "leader")
        XCTAssertEqual(attribute("role", of: "lukashenko holds_role belarus", in: "والتقى الديكتاتور البيلاروسي ألكسندر لوكاشينكو بوتين."), "leader")
    }

    func testOlderEnglishSpellingsOfPlacesInTheRegion() {
        XCTAssertEqual(edges("Russian missiles struck Lvov and Nikolaev overnight."), ["russia_army part_of russia", "russia attacks lviv", "russia attacks mykolaiv"])
        let graph = sharedExtractor.extract(text: "Talks in Kishinev and Tallin ended.", document: "t.txt")
        XCTAssertEqual(Set(graph.entities.map(\.id)), ["chisinau", "tallinn"])
    }

    func testALongSurnameSpelledWithAnotherVowelOutsideAName() {
        let graph = sharedExtractor.extract(text: "وقال ستولتنبيرغ إن الحلف لن يتراجع، فيما رد لوكاشانكو بالتهديد.", document: "t.txt")
        XCTAssertEqual(Set(graph.entities.map(\.id)), ["stoltenberg", "lukashenko"])
        let common = sharedExtractor.extract(text: "وتسارعت المفاوضات واستمرت الاجتماعات بانتظام.", document: "t.txt")
        XCTAssertEqual(common.entities.map(\.id), [], "long common words have no person's skeleton")
    }

    func testLatinDiacriticsFoldToTheirBaseLetters() {
        let graph = sharedExtractor.extract(text: "Orbán, Vučić and Erdoğan met Nausėda; Radosław Sikorski was absent.", document: "t.txt")
        XCTAssertEqual(Set(graph.entities.map(\.id)), ["orban", "vucic", "erdogan", "nauseda", "sikorski"])
        XCTAssertEqual(NameFolding.fold("Szijjártó"), "szijjarto")
    }

    func testOneMinisterUnderTheWireServicesSpellings() {
        let reuters = sharedExtractor.extract(text: "Iranian Foreign Minister Abbas Araqchi spoke in Tehran.", document: "t.txt")
        let others = sharedExtractor.extract(text: "Iranian Foreign Minister Abbas Araghchi spoke in Tehran.", document: "t.txt")
        XCTAssertTrue(reuters.entities.contains { $0.id == "araghchi" }, "\(reuters.entities.map(\.id))")
        XCTAssertEqual(Set(reuters.entities.map(\.id)), Set(others.entities.map(\.id)))
    }

    func testTheEuropeanCouncilsPresidentsByDate() {
        XCTAssertEqual(edges("وقال رئيس المجلس الأوروبي إن القمة ستعقد في بروكسل.", date: "2025-03-01"), ["antonio_costa holds_role european_council"])
        XCTAssertEqual(edges("وقال رئيس المجلس الأوروبي إن القمة ستعقد في بروكسل.", date: "2023-03-01"), ["charles_michel holds_role european_council"])
    }
}
