import XCTest
import EntityGraph
@testable import Extraction

/// The deployment of "its" forces named after "of" is the deployment of the state or bloc "its"
/// stands for.
final class OwnForcesDeploymentsTests: XCTestCase {
    func testTheDeploymentOfItsForcesIsTheirOwners() {
        XCTAssertEqual(edges("ECOWAS ordered the deployment of its standby force to Benin."), ["ecowas deploys_to benin"])
        XCTAssertEqual(edges("Russia ordered the deployment of its troops to Belarus."), ["russia deploys_to belarus"])
    }
}
