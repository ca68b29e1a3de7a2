import XCTest
@testable import Extraction

/// Thanks for support, suspended visa-free travel and paused partnerships, founders named after
/// a passive, restored relations between two capitals, and organisations a possessive puts in
/// the state the lexicon knows them in.
final class ThanksVisasAndFoundersTests: XCTestCase {
    func testThanksForSupportAreSupportOfTheThankersState() {
        XCTAssertTrue(edges("شكر الرئيس الأوكراني فولوديمير زيلينسكي اليابان على دعمها المستمر.").contains("japan supports ukraine"))
        let english = "Moldovan President Maia Sandu thanked Romania for its steady assistance."
        XCTAssertTrue(edges(english).contains("romania supports moldova"), "\(edges(english))")
        XCTAssertFalse(edges("Sandu thanked Romania for hosting the talks.").contains("romania supports moldova"))
    }

    func testSuspendedVisaFreeTravelAndAPausedPartnershipAreSanctions() {
        XCTAssertTrue(edges("The European Union suspended visa-free travel for Georgian officials.").contains("european_union sanctions georgia"))
        XCTAssertTrue(edges("Washington has paused its strategic partnership with Georgia.").contains("united_states sanctions georgia"))
    }

    func testAnOrganisationFoundedBySomeoneAfterAPassive() {
        XCTAssertEqual(attribute("role", of: "ivanishvili holds_role georgian_dream", in: "Georgian Dream was founded by tycoon Bidzina Ivanishvili in 2012."), "founder")
        XCTAssertFalse(edges("The Russian delegation was led by Sergei Lavrov.").contains("lavrov holds_role russia"))
    }

    func testRestoredRelationsBetweenTwoCapitals() {
        XCTAssertTrue(edges("رعت الصين اتفاقا لاستئناف العلاقات الدبلوماسية بين الرياض وطهران.").contains("iran cooperates_with saudi_arabia"))
        XCTAssertTrue(edges("Saudi Arabia and Iran agreed to restore diplomatic relations.").contains("iran cooperates_with saudi_arabia"))
    }

    func testAPossessiveRightBeforeAnOrganisationPutsItInTheStateTheLexiconDoes() {
        XCTAssertTrue(edges("Russia's Gazprom cut supplies to Moldova.").contains("gazprom part_of russia"))
        XCTAssertFalse(edges("Iran's Hezbollah fired rockets at Israel.").contains("hezbollah part_of iran"))
    }
}
