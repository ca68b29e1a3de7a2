import XCTest
import EntityGraph
@testable import Extraction

/// The Secretary of War is the defence minister; a state's military command deploys forces for
/// its state; plural agreements are agreements; "the remarks" are those of the person heard
/// before; a place a sentence opens with lies in the state an affiliation word names, when the
/// lexicon agrees; a state noun may carry the preposition of affiliation; premiers of regions;
/// a word joined by و after a family name ends the name; US commands and companies in the lexicon.
final class CommandsRemarksAndTerritoriesTests: XCTestCase {
    func testTheSecretaryOfWarIsTheDefenceMinister() {
        let arabic = sharedExtractor.extract(text: "وصل وزير الحرب الأمريكي بيت هيغسيث إلى مانيلا.", document: "t.txt", date: "2025-10-20")
        XCTAssertEqual(role(arabic, "hegseth", "united_states"), "defence_minister")
        let english = sharedExtractor.extract(text: "U.S. War Secretary Pete Hegseth arrived in Tokyo.", document: "t.txt", date: "2025-10-20")
        XCTAssertEqual(role(english, "hegseth", "united_states"), "defence_minister")
    }

    func testAMilitaryCommandDeploysForItsState() {
        let found = edges("The U.S. Africa Command sent troops to Somalia on Monday.", date: "2025-03-03")
        XCTAssertTrue(found.contains("united_states deploys_to somalia"), "\(found)")
        XCTAssertFalse(found.contains("africom deploys_to somalia"))
        XCTAssertTrue(edges("أرسلت القيادة المركزية الأمريكية قوات إلى الأردن.", date: "2025-03-03").contains("united_states deploys_to jordan"))
    }

    func testAnArmedForceNamedInTheLexiconMayBeSanctioned() {
        let found = edges("فرضت وزارة الخزانة الأمريكية عقوبات على الحرس الثوري الإيراني.", date: "2025-03-03")
        XCTAssertTrue(found.contains("united_states sanctions irgc"), "\(found)")
    }

    func testPluralAgreementsAreAgreements() {
        XCTAssertTrue(edges("علقت بوليفيا اتفاقيات الطاقة مع الأرجنتين.", date: "2025-03-03").contains("bolivia sanctions argentina"))
        XCTAssertTrue(edges("وقعت تونس والجزائر اتفاقيات في مجالات الطاقة والنقل.", date: "2025-03-03").contains("algeria cooperates_with tunisia"))
    }

    func testTheRemarksAreThoseOfThePersonHeardBefore() {
        let english = "Polish Foreign Minister Radoslaw Sikorski said Moscow was to blame. Hungarian Foreign Minister Peter Szijjarto criticised the remarks."
        XCTAssertTrue(edges(english, date: "2025-03-03").contains("szijjarto criticizes sikorski"))
        let arabic = "وقال وزير الخارجية البولندي رادوسلاف سيكورسكي إن موسكو مسؤولة. وانتقد وزير الخارجية المجري بيتر سيارتو هذه التصريحات."
        XCTAssertTrue(edges(arabic, date: "2025-03-03").contains("szijjarto criticizes sikorski"))
    }

    func testRemarksHeardThreeSentencesBeforeAreNobodysNamedNow() {
        let text = "Polish Foreign Minister Radoslaw Sikorski said Moscow was to blame. The talks ended. Rain fell. "
            + "Hungarian Foreign Minister Peter Szijjarto criticised the remarks."
        XCTAssertFalse(edges(text, date: "2025-03-03").contains("szijjarto criticizes sikorski"))
    }

    func testThePlaceASentenceOpensWithLiesInTheStateItBelongsTo() {
        let found = edges("غرينلاند، الجزيرة القطبية الشاسعة، منطقة تتمتع بالحكم الذاتي تابعة لمملكة الدنمارك.", date: "2025-03-03")
        XCTAssertTrue(found.contains("greenland located_in denmark"), "\(found)")
        let elsewhere = edges("غرينلاند، الجزيرة القطبية الشاسعة، منطقة تتمتع بالحكم الذاتي تابعة لمملكة النرويج.", date: "2025-03-03")
        XCTAssertFalse(elsewhere.contains("greenland located_in norway"))
    }

    func testAStateNounMayCarryThePrepositionOfAffiliation() {
        let found = edges("زار الوفد جمهورية نخجوان ذاتية الحكم التابعة لجمهورية أذربيجان.", date: "2025-03-03")
        XCTAssertTrue(found.contains("nakhchivan located_in azerbaijan"), "\(found)")
    }

    func testThePremierOfARegionIsNamedAndHoldsNoStateRole() {
        let graph = sharedExtractor.extract(text: "قال رئيس وزراء غرينلاند ينس فريدريك نيلسن إن الجزيرة ليست للبيع.", document: "t.txt", date: "2025-03-03")
        XCTAssertEqual(graph.entities.filter { $0.kind == .person }.map(\.name), ["Ins Fridrik Nilsn"])
        XCTAssertTrue(graph.relations.isEmpty)
    }

    func testAWordJoinedByWawAfterAFamilyNameEndsTheName() {
        let found = edges("قتل رئيس حكومة الحوثيين أحمد الرهوي وعدد من الوزراء في غارة.", date: "2025-08-30")
        XCTAssertEqual(found, ["ahmd_alrhoi holds_role houthis"])
    }

    func testCommandsAndCompaniesOfTheLexicon() {
        let graph = sharedExtractor.extract(text: "BlackRock agreed to buy the ports of Hong Kong's CK Hutchison. SOUTHCOM sent a ship.",
                                            document: "t.txt", date: "2025-03-04")
        XCTAssertEqual(graph.entity(id: "blackrock")?.kind, .organization)
        XCTAssertEqual(graph.entity(id: "ck_hutchison")?.kind, .organization)
        XCTAssertEqual(graph.entity(id: "hong_kong")?.kind, .place)
        XCTAssertEqual(graph.entity(id: "southcom")?.kind, .organization)
    }
}
