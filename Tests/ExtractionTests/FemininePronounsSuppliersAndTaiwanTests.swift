import XCTest
@testable import Extraction

/// An attached ها that stands for no man, arms suppliers, Taiwan's parties and China's Taiwan
/// Affairs Office, and "chair" before a name with a hyphened lower-case part.
final class FemininePronounsSuppliersAndTaiwanTests: XCTestCase {
    func testAnAttachedFemininePronounIsNoMansReferent() {
        let found = edges("ويواصل المبعوث الأمريكي ستيف ويتكوف اتصالاته بشأن خطة طرحها ترامب، وانتقدها الاتحاد الأوروبي.")
        XCTAssertEqual(found, ["witkoff holds_role united_states"])
        XCTAssertTrue(edges("وحصلت مولدوفا على صفة المرشح، وتتهمها موسكو بالتدخل.").contains("russia criticizes moldova"))
    }

    func testAnArmsSupplierSupportsThePossessor() {
        XCTAssertEqual(edges("Washington is Taiwan's main arms supplier."), ["united_states supports taiwan"])
    }

    func testTaiwansPartiesAndChinasTaiwanAffairsOffice() {
        XCTAssertEqual(edges("China's Taiwan Affairs Office spokesperson Chen Binhua criticized the plan."),
                       ["chen_binhua holds_role taiwan_affairs_office", "taiwan_affairs_office part_of china"])
        let chair = "The Kuomintang said it would scrutinize the budget. Its chair, Cheng Li-wun, has called for talks."
        XCTAssertEqual(edges(chair), ["cheng_liwun holds_role kuomintang"])
        XCTAssertEqual(attribute("role", of: "cheng_liwun holds_role kuomintang", in: chair), "chairperson")
    }
}
