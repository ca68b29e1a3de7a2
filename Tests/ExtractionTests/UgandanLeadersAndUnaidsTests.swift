import XCTest
@testable import Extraction

/// Uganda's president and army chief, and UNAIDS with its head, are in the lexicon.
final class UgandanLeadersAndUnaidsTests: XCTestCase {
    func testMuseveniIsUgandasPresident() {
        let graph = sharedExtractor.extract(text: "ويواجه بيسيجي، الذي نافس الرئيس يويري موسيفيني في أربعة انتخابات رئاسية، تهما.",
                                            document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(role(graph, "museveni", "uganda"), "president")
    }

    func testUnaidsAndItsHead() {
        let graph = sharedExtractor.extract(text: "Winnie Byanyima, the head of UNAIDS, said the cuts would cost lives.", document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(role(graph, "winnie_byanyima", "unaids"), "head")
        XCTAssertEqual(entityKinds(in: "وحذر برنامج الأمم المتحدة المشترك لمكافحة الإيدز من نقص التمويل."), ["unaids organization", "united_nations alliance"])
    }
}
