import XCTest
@testable import Extraction

/// What "الحلف", "الاتحاد", "the alliance" and "البلدين" refer to.
final class AnaphoraTests: XCTestCase {
    func testAnAllianceAnaphorRefersToAnAllianceCalledSo() {
        let arabic = edges("انتقد حلف شمال الأطلسي المناورات. ووقع بوتين ولوكاشينكو معاهدة دولة الاتحاد. "
                           + "وتحد بيلاروسيا بولندا وليتوانيا الأعضاء في الحلف.", date: "2023-06-01")
        XCTAssertTrue(arabic.isSuperset(of: ["poland member_of nato", "lithuania member_of nato"]), "\(arabic)")
        XCTAssertFalse(arabic.contains("poland member_of union_state"))
        let english = edges("NATO criticised the drills. Russia and Belarus signed a Union State treaty. Poland is a member of the alliance.")
        XCTAssertTrue(english.contains("poland member_of nato"), "\(english)")
        XCTAssertFalse(english.contains("poland member_of union_state"))
    }

    func testAnAllianceAnaphorWithAProcliticAndNoAllianceCalledSo() {
        let graph = sharedExtractor.extract(text: "ووقعت روسيا وبيلاروسيا وثيقة دولة الاتحاد. وانضمت أرمينيا للحلف.", document: "t.txt")
        XCTAssertNil(graph.relation(source: "armenia", type: .memberOf, target: "union_state"))
    }

    func testTheTwoCountriesCountAStateBodyAsItsState() {
        let graph = sharedExtractor.explain(text: "وأكد الكرملين أن الاتفاق مع بيلاروسيا معاهدة بين البلدين.", document: "t.txt")
        let mention = graph.sentences.first?.mentions.first { $0.surface == "البلدين" }
        XCTAssertEqual(mention?.ids, ["russia", "belarus"])
    }

    func testASubjectIsNotTakenAcrossAComplementizer() {
        XCTAssertEqual(edges("وقال زيلينسكي إن نشر الناتو قوات في رومانيا ضروري."), ["nato deploys_to romania"])
    }
}
