import XCTest
import EntityGraph
@testable import Extraction

/// A person's family name spelled like a nisba, right after a person of another state: the one
/// that person's verb is about, not an adjective of that person.
final class NisbaSurnamesAfterOtherPeopleTests: XCTestCase {
    func testANisbaSurnameAfterAPersonOfAnotherStateIsTheNamedPerson() {
        let found = edges("""
            فاز ائتلاف رئيس الوزراء العراقي محمد شياع السوداني بالانتخابات.
            وهنأ وزير الخارجية السعودي فيصل بن فرحان السوداني في اتصال هاتفي.
            """)
        XCTAssertTrue(found.contains("al_sudani met_with faisal_bin_farhan"), "\(found)")
        // With no one of that family name named before, the word stays a nisba.
        XCTAssertEqual(personIDs(in: "وهنأ وزير الخارجية السعودي فيصل بن فرحان السوداني في اتصال هاتفي."), ["faisal_bin_farhan"])
    }
}
