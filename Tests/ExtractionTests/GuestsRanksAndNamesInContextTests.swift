import XCTest
@testable import Extraction

/// A bare guest word after a verb of meeting, a rank with its period after an office's comma,
/// English one-word names read in context, Brunei's full name, and surnames with the article kept
/// out of the spelling skeletons.
final class GuestsRanksAndNamesInContextTests: XCTestCase {
    func testABareGuestIsThePersonOfTheOtherStateNamedLast() {
        let text = "وترأس الجانب الماليزي رئيس الوزراء أنور إبراهيم، فيما ترأس الجانب البروناوي السلطان حسن البلقية، الذي استقبل ضيفه في القصر."
        XCTAssertEqual(edges(text, date: "2025-11-01"), ["anwar_ibrahim holds_role malaysia", "anwar_ibrahim met_with hassanal_bolkiah",
                                                          "hassanal_bolkiah holds_role brunei"])
    }

    func testARankWithItsPeriodAfterAnOfficesComma() {
        XCTAssertEqual(edges("The commander of U.S. Africa Command, Gen. Dagvin Anderson, met Djiboutian President Ismail Omar Guelleh."),
                       ["africom part_of united_states", "dagvin_anderson holds_role africom", "dagvin_anderson met_with guelleh",
                        "guelleh holds_role djibouti"])
    }

    func testAnEnglishGivenNameNamesAKnownPersonOnlyInContext() {
        let found = edges("Anwar Ibrahim hosted the talks. Anwar, whose country chairs ASEAN, met Cambodian Prime Minister Hun Manet.")
        XCTAssertTrue(found.contains("anwar_ibrahim met_with hun_manet"), "\(found)")
        let graph = sharedExtractor.extract(text: "STC spokesman Anwar al-Tamimi said the council would not withdraw.", document: "t.txt")
        XCTAssertEqual(graph.entities.filter { $0.kind == .person }.map(\.id), ["anwar_altamimi"])
    }

    func testBruneiDarussalamIsBrunei() {
        let graph = sharedExtractor.extract(text: "اتفقت ماليزيا وبروناي دار السلام على تعزيز التعاون.", document: "t.txt")
        XCTAssertEqual(graph.entities.map(\.id).sorted(), ["brunei", "malaysia"])
    }

    func testAWordWithAProcliticIsNoSurnameWithTheArticle() {
        let graph = sharedExtractor.extract(text: "استدعت الخارجية المولدوفية السفير الروسي لإبلاغه احتجاجها.", document: "t.txt")
        XCTAssertNil(graph.entity(id: "hassanal_bolkiah"))
    }
}
