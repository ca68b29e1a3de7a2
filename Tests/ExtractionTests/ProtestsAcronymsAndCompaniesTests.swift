import XCTest
@testable import Extraction

/// Protests lodged with states, a story's own officials, envoys posted to an organisation, model
/// designations and counts inside lists of forces, organisations introduced with their acronym,
/// companies written as a state's, states choosing a company, and aid resumed in the future.
final class ProtestsAcronymsAndCompaniesTests: XCTestCase {
    func testAProtestLodgedWithStates() {
        XCTAssertEqual(edges("South Korea lodged a protest with China and Russia over the flights."),
                       ["south_korea criticizes china", "south_korea criticizes russia"])
        XCTAssertEqual(edges("احتجت سيول لدى بكين على التدريبات."), ["south_korea criticizes china"])
    }

    func testANationalTitleInAStoryAboutOneState() {
        let text = "Japan lodged a protest with China. Chief Cabinet Secretary Hiroshi Tanaka called the flights provocative."
        XCTAssertTrue(edges(text).contains("hiroshi_tanaka holds_role japan"), "\(edges(text))")
    }

    func testAnEnvoyPostedToAnOrganisation() {
        let text = "وقال المندوب الصيني الدائم لدى الأمم المتحدة فو تسونغ إن بلاده ترفض العقوبات."
        XCTAssertTrue(edges(text).contains("fo_tsongh holds_role china"), "\(edges(text))")
    }

    func testForcesWithAModelDesignationAndACountInTheirList() {
        XCTAssertEqual(edges("Two Russian Su-35 fighter jets and two Chinese J-16 fighter jets conducted a joint patrol."),
                       ["russia_army part_of russia", "china_army part_of china", "china cooperates_with russia"])
    }

    func testAnOrganisationIntroducedWithItsAcronym() {
        let graph = sharedExtractor.extract(text: "Kazakh Atomic Power Plants (KAPP) signed the deal. KAPP said work would start soon.",
                                            document: "t.txt", date: nil)
        let organization = graph.entities.first { $0.aliases.contains("KAPP") }
        XCTAssertEqual(organization?.kind, .organization)
        XCTAssertEqual(organization?.aliases.contains("Kazakh Atomic Power Plants"), true)
    }

    func testACompanyWrittenAsAStates() {
        XCTAssertEqual(edges("Belarus's state news agency BelTA reported the talks."), ["belta part_of belarus"])
        XCTAssertEqual(edges("وقالت شركة روساتوم الروسية إنها مستعدة."), ["rosatom part_of russia"])
    }

    func testAStateChoosingACompany() {
        XCTAssertEqual(edges("Hungary selected Rosatom to build two reactors."), ["hungary cooperates_with rosatom"])
        XCTAssertEqual(edges("Voters chose Rosatom's plan."), [])
    }

    func testAidToBeResumedWithTheArticle() {
        XCTAssertEqual(edges("أعلنت ألمانيا أنها ستستأنف المساعدات العسكرية لمولدوفا."), ["germany supports moldova"])
    }
}
