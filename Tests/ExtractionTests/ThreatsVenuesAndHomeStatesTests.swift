import XCTest
import EntityGraph
@testable import Extraction

/// Deeds threatened rather than done, dual owners of a nominal, venues after a day, verbs
/// joined inside a relative clause, "called on" as a visit, national titles of the home or
/// visited state, "place, state" in English, and Arab leaders of the lexicon.
final class ThreatsVenuesAndHomeStatesTests: XCTestCase {
    func testAThreatenedDeedIsAThreatNotADeed() {
        XCTAssertEqual(edges("وهددت روسيا بضرب أوكرانيا."), ["russia threatens ukraine"])
        XCTAssertEqual(edges("Trump has threatened to strike Iran."), ["trump threatens iran"])
        let conditional = edges("وكان الرئيس الأمريكي دونالد ترامب قد هدد بقصف إيران إذا فشلت المفاوضات.")
        XCTAssertTrue(conditional.contains("trump threatens iran"), "\(conditional)")
        XCTAssertFalse(conditional.contains { $0.contains("attacks") }, "\(conditional)")
    }

    func testADualPronounAfterAContinuedVerbIsTheOpeningPair() {
        let found = edges("رحبت السعودية وقطر بانعقاد الجولة، وأعربتا عن دعمهما للجهود العمانية.")
        XCTAssertTrue(found.isSuperset(of: ["saudi_arabia supports oman", "qatar supports oman"]), "\(found)")
    }

    func testAVenueAfterADayIsAnAsideButANameIsNoProclitic() {
        let found = edges("استقبل الملك محمد السادس، اليوم الجمعة بالقصر الملكي بالدار البيضاء، الرئيس الموريتاني محمد ولد الشيخ الغزواني.")
        XCTAssertTrue(found.contains("ghazouani met_with mohammed_vi"), "\(found)")
        let name = edges("وفي أغسطس، لقي بريجوجين حتفه في تحطم طائرة شمال موسكو، واتهمت كييف الكرملين بالوقوف وراء الحادث.")
        XCTAssertTrue(name.contains("ukraine criticizes kremlin"), "\(name)")
    }

    func testAVerbJoinedInsideARelativeClauseIsItsHeads() {
        let found = edges("وتأتي الزيارة في سياق توتر بين المغرب والجزائر، التي قطعت علاقاتها مع الرباط وتدعم جبهة البوليساريو.")
        XCTAssertTrue(found.isSuperset(of: ["algeria sanctions morocco", "algeria supports polisario"]), "\(found)")
    }

    func testCallingOnSomeoneWithNothingToAskIsAVisit() {
        XCTAssertTrue(edges("Wang Yi called on Prime Minister Narendra Modi.").contains("modi met_with wang_yi"))
        XCTAssertEqual(edges("Wang Yi called on India to respect the border."), ["wang_yi requests india"])
    }

    func testANationalTitleWithNoStateIsTheHomeOrVisitedStates() {
        let home = edges("Prime Minister Narendra Modi met US President Donald Trump in Washington. "
            + "National Security Adviser Ajit Doval also attended the talks.")
        XCTAssertTrue(home.contains("ajit_doval holds_role india"), "\(home)")
        let visited = edges("Chinese foreign minister Wang Yi arrived in New Delhi. Wang Yi also met National Security Adviser Ajit Doval.")
        XCTAssertTrue(visited.contains("ajit_doval holds_role india"), "\(visited)")
        XCTAssertFalse(visited.contains("ajit_doval holds_role china"), "\(visited)")
    }

    func testAnEnglishPlaceAndItsStateAfterAComma() {
        XCTAssertTrue(edges("The crash killed 38 people near Aktau, Kazakhstan.").contains("aktau located_in kazakhstan"))
        XCTAssertTrue(edges("The talks were held in Geneva, Switzerland, on Monday.").contains("geneva located_in switzerland"))
        XCTAssertFalse(edges("She visited Poland, Lithuania and Latvia.").contains { $0.contains("located_in") })
    }

    func testArabLeadersOfTheLexiconHoldTheirRoles() {
        let found = edges("استقبل الملك حمد بن عيسى آل خليفة وزير الخارجية الكويتي عبد الله اليحيا في المنامة.")
        XCTAssertTrue(found.isSuperset(of: ["hamad_bin_isa holds_role bahrain", "abdullah_al_yahya holds_role kuwait",
                                            "abdullah_al_yahya met_with hamad_bin_isa"]), "\(found)")
        let graph = sharedExtractor.extract(text: "التقى الرئيس الموريتاني محمد ولد الغزواني نظيره الصومالي حسن شيخ محمود.",
                                            document: "t.txt", date: "2025-03-01")
        XCTAssertEqual(role(graph, "hassan_sheikh_mohamud", "somalia"), "president")
    }
}
