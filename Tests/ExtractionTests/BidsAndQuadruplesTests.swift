import XCTest
import EntityGraph
@testable import Extraction

/// Bids to join a bloc, becoming a bloc's member, "the four leaders", "the two men", agreeing to
/// do something (no partner), the Baltic three, and forces that are an accusation's object.
final class BidsAndQuadruplesTests: XCTestCase {
    func testBidToJoinIsARequest() {
        XCTAssertEqual(edges("Finland and Sweden applied to join NATO in May 2022."), ["finland requests nato", "sweden requests nato"])
        XCTAssertEqual(edges("تقدمت السويد بطلب الانضمام إلى حلف الناتو عام 2022."), ["sweden requests nato"])
        let found = edges("Turkish President Recep Tayyip Erdogan agreed Monday to forward Sweden's bid to join NATO to the Turkish parliament.")
        XCTAssertTrue(found.contains("sweden requests nato"))
        XCTAssertFalse(found.contains("sweden cooperates_with turkey"), "agreeing to do something names no partner")
        XCTAssertTrue(edges("Russia and Belarus agreed to expand cooperation.").contains("belarus cooperates_with russia"))
    }

    func testBecomingABlocsMember() {
        XCTAssertEqual(edges("Finland became NATO's 31st member in April."), ["finland member_of nato"])
        XCTAssertEqual(edges("Croatia became the EU's newest member in 2013."), ["croatia member_of european_union"])
    }

    func testFourLeadersMeetTogether() {
        let text = "وصل الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس ورئيس الوزراء الإيطالي ماريو دراغي إلى كييف.\n"
            + "وانضم إليهم لاحقاً الرئيس الروماني كلاوس يوهانيس، والتقى القادة الأربعة الرئيس الأوكراني فولوديمير زيلينسكي."
        XCTAssertTrue(edges(text, date: "2022-06-16").isSuperset(of: ["macron met_with zelensky", "scholz met_with zelensky",
                                                                      "draghi met_with zelensky", "iohannis met_with zelensky"]))
    }

    func testTheTwoMenAreThePairJustNamed() {
        let text = "Ukrainian Foreign Minister Andrii Sybiha met his Polish counterpart Radoslaw Sikorski in Warsaw, and the two men agreed to resolve the dispute."
        XCTAssertTrue(edges(text).contains("poland cooperates_with ukraine"))
        XCTAssertTrue(edges("التقى لافروف نظيره المصري في موسكو.\nواتفق الرجلان على تعزيز التعاون بين بلديهما.").contains("egypt cooperates_with russia"))
    }

    func testTheThreeBalticCountriesAreTheThreeNamed() {
        let text = "Estonia, Latvia and Lithuania left the Russian grid.\nThe three Baltic countries, all members of the European Union, joined the European grid."
        XCTAssertTrue(edges(text).isSuperset(of: ["estonia member_of european_union", "latvia member_of european_union",
                                                  "lithuania member_of european_union"]))
    }

    func testForcesAccusedWhereLeadersWentAreNotDeployed() {
        XCTAssertFalse(edges("وزار القادة بلدة إيربين في ضواحي كييف، حيث اتهموا القوات الروسية بارتكاب جرائم حرب.").contains("russia deploys_to ukraine"))
        XCTAssertTrue(edges("وصل الوزير إلى مالي، حيث تنتشر قوات روسية.").contains("russia deploys_to mali"))
    }

    func testFranceWillDeliverGuns() {
        XCTAssertEqual(edges("قال إن فرنسا ستسلم أوكرانيا مدافع إضافية."), ["france supports ukraine"])
    }
}
