import XCTest
import EntityGraph
@testable import Extraction

/// Offices named in quotation marks after their kind, feminine high representatives, people
/// named among a state's officials, reliance on support, bodies holding a meeting, seeking
/// membership, and "over its war".
final class QuotedOfficesInclusionsAndReliancesTests: XCTestCase {
    func testAQuotedPartyAfterItsKindAndARulingAdjectiveIsTheFoundersOffice() {
        let text = "وقال مؤسس حزب \"الحلم الجورجي\" الحاكم بيدزينا إيفانيشفيلي إن الحزب سيفوز."
        XCTAssertEqual(attribute("role", of: "ivanishvili holds_role georgian_dream", in: text), "founder")
    }

    func testAQuotedCompanyAfterItsKindWithANisbaIsTheStates() {
        let found = edges("وأكد سعيدوف أهمية المحطة التي تنفذها مؤسسة \"روساتوم\" الروسية في منطقة جيزاخ.")
        XCTAssertTrue(found.contains("rosatom part_of russia"), "\(found)")
    }

    func testAnEnvoyForNormalisationWithAStateIsNamedAfterIt() {
        let text = "التقى المبعوث الخاص الأرميني لتطبيع العلاقات مع تركيا روبين روبينيان، ونظيره التركي سردار كيليتش، عند المعبر."
        XCTAssertEqual(attribute("role", of: "robin_robinian holds_role armenia", in: text), "envoy")
        XCTAssertTrue(edges(text).contains("robin_robinian met_with srdar_kilitsh"), "\(edges(text))")
    }

    func testTheFeminineHighRepresentativeHoldsTheBlocsOffice() {
        let found = edges("وقالت الممثلة العليا للسياسة الخارجية في الاتحاد الأوروبي كايا كالاس إن التكتل جمد المفاوضات.")
        XCTAssertTrue(found.contains("kallas holds_role european_union"), "\(found)")
    }

    func testPeopleNamedAmongAStatesOfficialsAreSanctionedToo() {
        let found = edges("وفرضت بريطانيا وإستونيا عقوبات على عدد من المسؤولين الجورجيين، بينهم بيدزينا إيفانيشفيلي.")
        XCTAssertTrue(found.isSuperset(of: ["united_kingdom sanctions ivanishvili", "estonia sanctions ivanishvili",
                                            "united_kingdom sanctions georgia"]), "\(found)")
        XCTAssertFalse(edges("وفرضت بريطانيا عقوبات على مسؤولين جورجيين، بينهم اثنان من الوزراء.").contains { $0.contains("ivanishvili") })
    }

    func testSupportReliedOnIsTheSupportersOnly() {
        let found = edges("وأشار تورتشين إلى أن بيلاروسيا تعول على دعم روسيا لإنجاز المحطة النووية الثانية.")
        XCTAssertTrue(found.contains("russia supports belarus"), "\(found)")
        XCTAssertFalse(found.contains("belarus supports russia"), "\(found)")
        XCTAssertTrue(edges("وأكدت هيئة الأركان أن قواتها صدت 14 هجوما روسيا في محور بوكروفسك.").contains("russia attacks pokrovsk"))
    }

    func testABodyAfterAMeetingNounHoldsTheMeetingAndIsNoPartner() {
        let found = edges("وقال ميشوستين خلال اجتماع مجلس وزراء دولة الاتحاد إن التبادل التجاري تضاعف.")
        XCTAssertFalse(found.contains { $0.hasPrefix("mishustin met_with") || $0.hasSuffix("met_with mishustin") }, "\(found)")
    }

    func testSeekingMembershipIsARequestNotMembership() {
        let found = edges("Serbia, which is seeking membership of the European Union, has refused to join Western sanctions against Moscow.")
        XCTAssertTrue(found.contains("serbia requests european_union"), "\(found)")
        XCTAssertFalse(found.contains("serbia member_of european_union"), "\(found)")
    }

    func testOverItsWarIsTheWarOfTheStatePunished() {
        let found = edges("The U.S. imposed sanctions on NIS as part of measures targeting Russia's energy sector over its war in Ukraine.")
        XCTAssertTrue(found.contains("russia attacks ukraine"), "\(found)")
        XCTAssertFalse(found.contains("united_states attacks ukraine"), "\(found)")
        let launchpad = edges("Russia used Belarusian territory as a launchpad for its invasion of Ukraine.")
        XCTAssertTrue(launchpad.contains("russia attacks ukraine") && !launchpad.contains("belarus attacks ukraine"), "\(launchpad)")
    }
}
