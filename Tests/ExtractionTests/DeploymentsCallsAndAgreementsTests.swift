import XCTest
@testable import Extraction

/// Deployments whose agent is a nisba in their "of" phrase, calls made "اتصالات مع", meetings
/// after one's own visit, quoted names in a list, and the definite agreement between two parties.
final class DeploymentsCallsAndAgreementsTests: XCTestCase {
    func testTheNisbaOfTheDeployedIsTheDeployer() {
        XCTAssertTrue(edges("NATO approved the deployment of a Canadian army battalion to Latvia.").contains("canada deploys_to latvia"))
    }

    func testCallsWithSomeoneAreMeetings() {
        let found = edges("وأجرى لافروف اتصالات مع عراقجي وفيدان.")
        XCTAssertTrue(found.contains("araghchi met_with lavrov") && found.contains("fidan met_with lavrov"), "\(found)")
    }

    func testAMeetingAfterOnesOwnVisitKeepsTheVisitor() {
        let found = edges("وكان أردوغان قد زار موسكو في يناير والتقى الرئيس فلاديمير بوتين.")
        XCTAssertTrue(found.contains("erdogan met_with putin"), "\(found)")
    }

    func testAQuotedNameJoinsAList() {
        let found = edges("ودعا الوزير إلى تنفيذ الاتفاق بين الحكومة العراقية و\"حزب العمال الكردستاني\".")
        XCTAssertTrue(found.contains("iraq cooperates_with pkk"), "\(found)")
    }

    func testTheAgreementBetweenTwoPartiesIsTheirCooperation() {
        XCTAssertEqual(edges("الاتفاق بين أرمينيا وأذربيجان صامد."), ["armenia cooperates_with azerbaijan"])
    }
}
