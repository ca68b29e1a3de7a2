import XCTest
import EntityGraph
@testable import Extraction

/// Oaths of office; a military rank before an unknown name; suspended memberships; sanctions
/// lists; namesakes; names that never take the article; the bare "البابا"; the spokesperson of a
/// bloc's secretary general; a leader's bare title in a story told from its state; a ministry
/// telling what its state did; later mentions in the sentence that introduces a person.
final class OathsSuspensionsAndNamesakesTests: XCTestCase {
    func testAnOathOfOfficeGivesTheOfficeItNames() {
        let arabic = sharedExtractor.extract(text: "أدى العقيد مايكل راندريانيرينا اليوم الجمعة اليمين الدستورية رئيسا لمدغشقر.",
                                             document: "t.txt", date: "2025-11-20")
        XCTAssertEqual(role(arabic, "randrianirina", "madagascar"), "president")
        let english = sharedExtractor.extract(text: "KATHMANDU, Nepal (AP) — Nepal's former Chief Justice Sita Rana was sworn in on Friday as "
                                                + "the country's interim prime minister after protests that forced Prime Minister Ram Prasad Oli to resign.",
                                              document: "t.txt", date: "2025-11-20")
        XCTAssertEqual(role(english, "sita_rana", "nepal"), "prime_minister")
        XCTAssertEqual(role(english, "ram_prasad_oli", "nepal"), "prime_minister")
        XCTAssertEqual(edges("وأدى لوكاشينكو اليمين الدستورية لولاية رئاسية سابعة.", date: "2025-11-20"), [])
    }

    func testAMilitaryRankBeforeAGivenNameNamesAPerson() {
        let graph = sharedExtractor.extract(text: "وقال العقيد مايكل راكوتوندرابي إن الجيش تولى السلطة.", document: "t.txt", date: "2025-11-20")
        XCTAssertEqual(graph.entity(id: "maikl_rakotondrabi")?.kind, .person)
    }

    func testASuspendedMembershipReducesRelations() {
        XCTAssertEqual(edges("وعلّق الاتحاد الأفريقي عضوية مدغشقر في كل أنشطته.", date: "2025-11-20"), ["african_union sanctions madagascar"])
        XCTAssertEqual(edges("The African Union suspended Madagascar's membership on Friday.", date: "2025-11-20"),
                       ["african_union sanctions madagascar"])
        XCTAssertEqual(edges("وعلّق مادورو اتفاقيات الطاقة مع ترينيداد وتوباغو.", date: "2025-11-20"), ["venezuela sanctions trinidad_and_tobago"])
    }

    func testEveryoneAddedToASanctionsListIsSanctioned() {
        let text = "Colombian President Gustavo Petro spoke. The U.S. Treasury Department said it had added Petro, his wife Veronica Alcocer, "
            + "his son Nicolas Petro and Interior Minister Armando Benedetti to its sanctions list."
        let found = edges(text, date: "2025-11-20")
        for person in ["gustavo_petro", "veronica_alcocer", "nicolas_petro", "armando_benedetti"] {
            XCTAssertTrue(found.contains("united_states sanctions \(person)"), person)
        }
        XCTAssertTrue(found.contains("armando_benedetti holds_role colombia"))
    }

    func testANamesakesSurnameStaysTheFirstPersons() {
        let text = "Colombian President Gustavo Petro spoke. His son Nicolas Petro was arrested. Petro said the arrest was unfair."
        let mentions = sharedExtractor.explain(text: text, document: "t.txt", date: "2025-11-20").sentences.map { $0.mentions.map(\.ids) }
        XCTAssertEqual(mentions, [[["gustavo_petro"]], [["nicolas_petro"]], [["gustavo_petro"]]])
    }

    func testAPersonsNameWithTheArticleIsACommonWord() {
        let text = "وقال رئيس الحكومة نواف سلام إن لبنان ملتزم. وأشاد ماكرون بالسلام."
        let last = sharedExtractor.explain(text: text, document: "t.txt", date: "2025-11-20").sentences.last
        XCTAssertEqual(last?.mentions.map(\.ids), [["macron"]])
    }

    func testTheBarePopeIsThePopeJustNamed() {
        let text = "وصل البابا لاوون الرابع عشر إلى بيروت. وانتقل البابا إلى بعبدا حيث عقد لقاء مع الرئيس اللبناني جوزاف عون."
        XCTAssertTrue(edges(text, date: "2025-11-30").contains("joseph_aoun met_with pope_leo_xiv"))
    }

    func testTheSpokespersonOfASecretaryGeneralServesTheBlocNamedLast() {
        let graph = sharedExtractor.extract(text: "دعت الأمم المتحدة إلى الهدوء، وقال المتحدث باسم الأمين العام ستيفان دوجاريك إن الوضع خطير.",
                                            document: "t.txt", date: "2025-11-20")
        XCTAssertEqual(role(graph, "stephane_dujarric", "united_nations"), "spokesperson")
    }

    func testALeadersBareTitleInAStoryToldFromItsStateIsThatStates() {
        let text = "أنتاناناريفو - تظاهر آلاف في مدغشقر. وأطاحت وحدة عسكرية بالرئيس أندري راجولينا. وقالت فرنسا إن الرئيس جان دوبوا سيزور البلاد."
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-11-20")
        XCTAssertEqual(role(graph, "rajoelina", "madagascar"), "president")
        XCTAssertNil(role(graph, "jan_doboa", "madagascar"))
    }

    func testAMinistryTellingWhatItsStateDidIsThatStates() {
        let text = "WASHINGTON (Reuters) - Treasury Secretary Scott Bessent spoke. Colombia recalled its ambassador in Washington "
            + "for consultations, the foreign ministry said."
        XCTAssertTrue(edges(text, date: "2025-11-20").contains("colombia_foreign_ministry part_of colombia"))
    }

    func testAPersonIsMatchedLaterInTheSentenceThatIntroducesThem() {
        XCTAssertTrue(edges("The United States imposed sanctions on Colombian President Gustavo Petro and an ally, accusing Petro of "
                            + "allowing cartels to flourish.", date: "2025-11-20").contains("united_states criticizes gustavo_petro"))
    }
}
