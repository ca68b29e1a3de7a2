import XCTest
import EntityGraph
@testable import Extraction

/// The subject named after a word that drops it when the verb's object phrase follows, "البحرية"
/// as an adjective after a definite noun, companies whose name opens with a state's, and the city
/// of a regional news bureau in a dateline.
final class SubjectsAfterMarkersNaviesAndBureausTests: XCTestCase {
    func testANameAfterADroppedSubjectMarkerFollowedByItsObjectPhraseIsTheSubject() {
        let found = edges("واندلعت حرب بين أرمينيا وأذربيجان عام 2020، شنت خلالها تركيا هجمات على مواقع أرمينية.", date: "2025-11-01")
        XCTAssertTrue(found.contains("turkey attacks armenia"), "\(found.sorted())")
        XCTAssertFalse(found.contains { $0.hasSuffix("attacks turkey") }, "\(found.sorted())")
    }

    func testAPersonMetAfterADroppedSubjectMarkerStaysTheObject() {
        let found = edges("وصل وزير الخارجية الروسي سيرغي لافروف إلى القاهرة، التقى خلالها الرئيس عبد الفتاح السيسي.", date: "2025-11-01")
        XCTAssertTrue(found.contains("lavrov met_with sisi") || found.contains("sisi met_with lavrov"), "\(found.sorted())")
    }

    func testNavalAfterADefiniteNounNamesNoNavy() {
        let graph = sharedExtractor.extract(text: "وقالت السلطات إن حركة الملاحة البحرية اليونانية توقفت بسبب الإضراب.", document: "t.txt", date: "2025-11-01")
        XCTAssertFalse(graph.entities.contains { $0.id.hasSuffix("_navy") }, "\(graph.entities.map(\.id))")
    }

    func testTheNavyWithItsNisbaIsStillTheStatesNavy() {
        let graph = sharedExtractor.extract(text: "وأعلنت البحرية اليونانية إنقاذ المهاجرين.", document: "t.txt", date: "2025-11-01")
        XCTAssertNotNil(graph.relation(source: "greece_navy", type: .partOf, target: "greece"))
    }

    func testStatesAfterNavalDrillsHoldThemTogether() {
        let found = edges("بدأت المناورات البحرية التركية المصرية المشتركة في شرق المتوسط.", date: "2025-11-01")
        XCTAssertEqual(found, ["egypt cooperates_with turkey"])
    }

    func testACompanyWhoseNameOpensWithAStatesIsNoMentionOfTheState() {
        let graph = sharedExtractor.extract(text: "وأعلنت شركة إيران خودرو، أكبر مصنع سيارات في البلاد، خفض إنتاجها.", document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(graph.entities.map(\.kind), [.organization], "\(graph.entities.map(\.id))")
        XCTAssertEqual(graph.entities.first?.labels["ar"], "إيران خودرو")
    }

    func testAStateBeforeAWordWithAPrepositionStaysTheState() {
        let graph = sharedExtractor.extract(text: "ووقعت شركة روسيا للتجارة عقدا مع الهند.", document: "t.txt", date: "2025-11-01")
        XCTAssertNotNil(graph.entity(id: "russia"))
    }

    func testADatelineFromARegionalBureauGivesNoHomeState() {
        let graph = sharedExtractor.extract(text: "DUBAI, Nov 2 (Reuters) - Sudan accused the United Arab Emirates on Sunday of arming the Rapid Support Forces.\n\n"
                                            + "Foreign Minister Omar Siddig said the army would fight on.", document: "t.txt", date: "2025-11-01")
        XCTAssertNotNil(graph.relation(source: "omar_siddig", type: .holdsRole, target: "sudan"))
        XCTAssertNil(graph.relation(source: "omar_siddig", type: .holdsRole, target: "united_arab_emirates"))
    }

    func testAnEmirateIsAPlaceInTheEmirates() {
        let found = edges("أبحرت الناقلة من ميناء عجمان في الإمارات متجهة إلى الهند.", date: "2025-11-01")
        XCTAssertTrue(found.contains("ajman located_in united_arab_emirates"), "\(found.sorted())")
    }
}
