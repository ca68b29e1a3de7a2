import XCTest
@testable import Extraction

/// Towns that are not "his country", places placed in a state by a nisba, governors of regions,
/// heads of bodies named "chief", and commanders of a state's branch of the armed forces.
final class RegionsAndCommandersTests: XCTestCase {
    func testATownIsNotTheSpeakersCountry() {
        XCTAssertEqual(edges("وقال الرئيس الفنلندي ألكسندر ستوب إن الجيش الروسي قصف بلدة حدودية."), ["stubb holds_role finland", "russia_army part_of russia"])
        XCTAssertEqual(edges("وقال الرئيس الفنلندي ألكسندر ستوب إن الجيش الروسي يهدد بلده."),
                       ["stubb holds_role finland", "russia_army part_of russia", "russia threatens finland"])
    }

    func testANisbaAfterANamedPlaceOfAKindPutsItInThatState() {
        XCTAssertEqual(edges("سقطت مسيرة في مقاطعة كورسك الروسية."), ["kursk located_in russia"])
        XCTAssertEqual(edges("Drones hit the Ukrainian city of Odesa overnight."), ["odesa located_in ukraine"])
        XCTAssertEqual(edges("Drones hit a depot in Russia's Bryansk region."), ["bryansk located_in russia"])
        XCTAssertEqual(edges("وأدان الوزير قصف خاركيف الروسي."), ["russia attacks kharkiv"],
                       "with no noun of a place before, the nisba qualifies another word: Kharkiv is not located in Russia")
    }

    func testAGovernorIsAPersonServingHisRegion() {
        let arabic = sharedExtractor.extract(text: "وقال حاكم مقاطعة بريانسك ألكسندر بوغوماز إن الدفاعات أسقطت مسيرتين.", document: "t.txt")
        XCTAssertEqual(arabic.entities.filter { $0.kind == .person }.map { $0.aliases.contains("ألكسندر بوغوماز") }, [true])
        XCTAssertEqual(arabic.relations.count, 0, "a region is no office of holds_role")
        let english = sharedExtractor.extract(text: "Kursk regional Governor Alexander Khinshtein said two drones were shot down.", document: "t.txt")
        XCTAssertEqual(english.entities.filter { $0.kind == .person }.map(\.name), ["Alexander Khinshtein"])
    }

    func testAChiefHeadsTheBodyNamedBeforeAndTakesAKnownHoldersOwnRole() {
        XCTAssertEqual(edges("Iran's spy chief Esmaeil Khatib warned Israel."), ["esmaeil_khatib holds_role iran", "esmaeil_khatib threatens israel"])
        XCTAssertEqual(attribute("role", of: "esmaeil_khatib holds_role iran", in: "Iran's spy chief Esmaeil Khatib warned Israel."), "head")
        XCTAssertEqual(attribute("role", of: "rutte holds_role nato", in: "NATO chief Mark Rutte arrived in Vilnius.", date: "2025-03-01"),
                       "secretary_general")
    }

    func testTheCommanderOfAStatesGroundForces() {
        let arabic = sharedExtractor.extract(text: "وقال قائد القوات البرية الروسية أوليغ ساليوكوف إن التدريبات انتهت.", document: "t.txt")
        let commander = arabic.entities.first { $0.kind == .person }
        XCTAssertEqual(commander?.aliases.contains("أوليغ ساليوكوف"), true)
        XCTAssertEqual(Set(arabic.relations.map { "\($0.source == commander?.id ? "person" : $0.source) \($0.type.rawValue) \($0.target)" }),
                       ["russia_army part_of russia", "person holds_role russia_army"])
        XCTAssertEqual(edges("The commander of Russia's ground forces, Oleg Salyukov, said the drills had ended."),
                       ["russia_army part_of russia", "oleg_salyukov holds_role russia_army"])
        XCTAssertEqual(edges("Ukraine's Commander-in-Chief Oleksandr Syrskyi visited the front."), ["syrskyi holds_role ukraine"])
    }

    func testAnEventWordInConstructWithANameAndANisbaIsTheNisbasDeedOnIt() {
        XCTAssertEqual(edges("وتحدث المسؤولون عن هجوم كورسك الأوكراني."), ["ukraine attacks kursk"])
        XCTAssertEqual(edges("وأشاد الرئيس الليتواني بدعم أوكرانيا الأمريكي.", date: "2025-01-10"),
                       ["nauseda holds_role lithuania", "united_states supports ukraine"])
        XCTAssertEqual(edges("وأدان الوزير غزو جورجيا الروسي."), ["russia attacks georgia"],
                       "the unnamed minister is the subject: Georgia criticises no one")
    }

    func testAnOfficeAfterOfThe() {
        XCTAssertEqual(edges("Ales Bialiatski, the founder of the Viasna human rights group, remains in prison."),
                       ["ales_bialiatski holds_role viasna"])
        XCTAssertEqual(edges("The Secretary-General of the United Nations, Antonio Guterres, arrived in Kyiv.", date: "2023-03-08"),
                       ["guterres holds_role united_nations", "guterres met_with ukraine"])
    }

    func testHeadlineEventNounsWithANisba() {
        XCTAssertEqual(edges("قصف روسي عنيف على أوديسا"), ["russia attacks odesa"])
        XCTAssertEqual(edges("دعم صيني لإيران في مجلس الأمن"), ["china supports iran"])
        XCTAssertEqual(edges("تحذير روسي للسويد من الانضمام إلى الناتو"), ["russia threatens sweden"])
        XCTAssertEqual(edges("مسيرات أوكرانية تضرب موسكو"), ["ukraine_army part_of ukraine", "ukraine attacks russia"])
    }

    func testAStateBeforeAnArabicInstitutionWordIsNotItsOwner() {
        XCTAssertEqual(edges("واتهمت واشنطن طهران بتزويد موسكو بطائرات مسيرة."), ["united_states criticizes iran", "iran supports russia"])
    }

    func testTheDefenceShorthandNamesTheMinistryOnlyBeforeANisba() {
        XCTAssertEqual(edges("الدفاع الروسية: إسقاط 30 مسيرة فوق مقاطعة كورسك"), ["russia_defence_ministry part_of russia"])
        XCTAssertEqual(edges("وقال إن الدفاع عن بولندا واجب."), [], "defending, not a ministry")
    }
}
