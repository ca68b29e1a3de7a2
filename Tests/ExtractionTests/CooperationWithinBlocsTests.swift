import XCTest
@testable import Extraction

/// A bloc after "within the" is the framework of a cooperation, not its partner.
final class CooperationWithinBlocsTests: XCTestCase {
    func testABlocListedAfterWithinTheIsNoPartner() {
        let found = edges("Tokayev said Kazakhstan would continue to deepen cooperation within the Eurasian Economic Union and the Collective Security Treaty Organization.")
        XCTAssertFalse(found.contains { $0.contains("cooperates_with") }, "\(found)")
    }
}
