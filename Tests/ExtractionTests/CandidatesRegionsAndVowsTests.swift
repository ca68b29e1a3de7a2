import XCTest
@testable import Extraction

/// Candidates the lexicon does not know, named around a noun of their trade; a participle of
/// backing after a noun in apposition; a region's capital named through its state's possessive;
/// vows that someone will pay dearly; bombardments; a full-scale invasion since which a war runs;
/// a person of no known state allied with another.
final class CandidatesRegionsAndVowsTests: XCTestCase {
    func testUnknownCandidatesAreNamedAroundTheirNoun() {
        XCTAssertEqual(personIDs(in: "وفاز بادرا غونبا، المرشح المدعوم من موسكو، في الانتخابات."), ["badra_ghonba"])
        XCTAssertEqual(personIDs(in: "وتفوق الرئيس على مرشح المعارضة أدغور أردزينبا."), ["adghor_ardzinba"])
        XCTAssertEqual(personIDs(in: "وقال مصدر مطلع، مرشح سابق، إن الانتخابات جرت."), [])
    }

    func testABackingParticipleAfterANounInAppositionBacksTheNamedOne() {
        let arabic = edges("وفاز بادرا غونبا، المرشح المدعوم من موسكو، في الانتخابات.")
        XCTAssertTrue(arabic.contains("russia supports badra_ghonba"), "\(arabic)")
        let english = edges("Alexander Ankvab, the candidate backed by Russia, won the vote.")
        XCTAssertTrue(english.contains("russia supports alexander_ankvab"), "\(english)")
        let plain = edges("هاجمت الجماعات المسلحة المدعومة من إيران القواعد الأمريكية.")
        XCTAssertFalse(plain.contains { $0.hasPrefix("iran supports") }, "\(plain)")
    }

    func testARegionsCapitalThroughItsStatesPossessiveIsNoStatesCapital() {
        let region = edges("Ukrainian drones struck a building in Grozny, the capital of Russia's Chechen Republic.")
        XCTAssertFalse(region.contains("grozny capital_of russia"), "\(region)")
        XCTAssertTrue(region.contains("grozny located_in chechnya"), "\(region)")
        let state = edges("Ukrainian drones struck a building in Kyiv, the capital of Ukraine.")
        XCTAssertTrue(state.contains("kyiv capital_of ukraine"), "\(state)")
    }

    func testVowingThatSomeoneWillPayDearlyIsAThreat() {
        let english = edges("The region's leader Ramzan Kadyrov said, vowing that Kyiv would \"pay dearly\" for the attack.")
        XCTAssertTrue(english.contains("ramzan_kadyrov threatens ukraine"), "\(english)")
        let arabic = edges("وقال وزير الدفاع الإسرائيلي يسرائيل كاتس إن إيران ستدفع ثمنا باهظا.")
        XCTAssertTrue(arabic.contains("israel_katz threatens iran"), "\(arabic)")
    }

    func testBombardmentsAndAFullScaleInvasionAreAttacks() {
        let bombardment = edges("Kyiv says its strikes are a response to Russia's bombardment of Ukrainian cities.")
        XCTAssertTrue(bombardment.contains("russia attacks ukraine"), "\(bombardment)")
        let invasion = edges("Russia and Ukraine held talks. Chechen units have fought in Ukraine since the start of the full-scale invasion.",
                             date: "2025-07-01")
        XCTAssertTrue(invasion.contains("russia attacks ukraine"), "\(invasion)")
    }

    func testAPersonOfNoKnownStateIsAlliedWithThePersonNotTheState() {
        let stateless = edges("Ramzan Kadyrov, a close ally of President Vladimir Putin, spoke on Telegram.")
        XCTAssertEqual(stateless.filter { $0.contains("allied_with") }, ["putin allied_with ramzan_kadyrov"], "\(stateless)")
        let placed = edges("Belarusian President Alexander Lukashenko, a close ally of Russian President Vladimir Putin, spoke.")
        XCTAssertTrue(placed.contains("belarus allied_with russia"), "\(placed)")
    }
}
