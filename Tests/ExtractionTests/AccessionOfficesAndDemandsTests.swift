import XCTest
@testable import Extraction

/// Accession talks that are suspended, offices named by an anaphor after في, a deputy chairman of
/// a security council, a party whose name holds a nisba, and demands that someone act.
final class AccessionOfficesAndDemandsTests: XCTestCase {
    func testSuspendedAccessionTalksAreNoMembership() {
        XCTAssertEqual(edges("وأعلنت الحكومة المولدوفية تعليق مفاوضات انضمام البلاد إلى الاتحاد الأوروبي."), ["moldova_government part_of moldova"])
        XCTAssertEqual(edges("وكانت أرمينيا قد جمدت عضويتها في منظمة معاهدة الأمن الجماعي."), ["armenia member_of csto"],
                       "a frozen membership is still one")
    }

    func testAnOfficeAfterفيCanBeAnAnaphorOfTheBloc() {
        let text = "وانتقد الاتحاد الأوروبي القرار. وقال مسؤول السياسة الخارجية في الاتحاد جوزيب بوريل إن التكتل قلق."
        XCTAssertEqual(edges(text, date: "2023-05-01"), ["borrell holds_role european_union"])
    }

    func testADeputyChairmanOfTheSecurityCouncil() {
        XCTAssertEqual(edges("وقال نائب رئيس مجلس الأمن الروسي دميتري ميدفيديف إن موسكو سترد.", date: "2024-12-01"),
                       ["medvedev holds_role russia"])
        XCTAssertEqual(attribute("role", of: "medvedev holds_role russia", in: "وقال نائب رئيس مجلس الأمن الروسي دميتري ميدفيديف إن موسكو سترد."),
                       "security_council_deputy_chairman")
    }

    func testTheNisbaInAPartysNameIsNoState() {
        XCTAssertEqual(edges("وفرضت بريطانيا عقوبات على مؤسس حزب الحلم الجورجي بيدزينا إيفانيشفيلي."),
                       ["ivanishvili holds_role georgian_dream", "united_kingdom sanctions ivanishvili"])
    }

    func testADemandThatSomeoneActIsARequestToThem() {
        XCTAssertEqual(edges("Tokayev demanded that Kyiv return the prisoners."), ["tokayev requests ukraine"])
        XCTAssertEqual(edges("The minister warned that Russia could attack."), [], "a warning that ... threatens no one")
    }

    func testTheSubjectOfAVerbThatAdoptsSanctionsImposesThem() {
        XCTAssertEqual(edges("وأقرت بريطانيا الحزمة الجديدة من العقوبات على إيران."), ["united_kingdom sanctions iran"])
    }

    func testCompaniesAndTreasuriesOfSanctions() {
        XCTAssertEqual(edges("Britain sanctions Sberbank and VTB over the war."),
                       ["united_kingdom sanctions sberbank", "united_kingdom sanctions vtb"])
        XCTAssertEqual(edges("U.S. Treasury Secretary Janet Yellen visited Kyiv.", date: "2023-02-27"),
                       ["yellen holds_role united_states", "ukraine met_with yellen"])
    }
}
