import XCTest
@testable import Extraction

/// A broadcaster the lexicon does not know is named after the noun of their trade
/// ("الإعلامي", "المذيع", "مقدم البرامج"), a nisba or the channel they work for between.
final class BroadcastersNamedByTheirTradeTests: XCTestCase {
    func testABroadcasterAfterTheNounOfTheTradeIsAPerson() {
        let found = edges("وهاجم الإعلامي الروسي فلاديمير سولوفيوف رئيس الوزراء الأرميني نيكول باشينيان في برنامجه.", date: "2025-06-01")
        XCTAssertTrue(found.contains("fladimir_solofiof criticizes pashinyan"), "\(found)")
        let channel = edges("وانتقدت يريفان تصريحات أدلى بها مقدم البرامج في التلفزيون الروسي فلاديمير سولوفيوف. "
                            + "وكان سولوفيوف قد هاجم رئيس الوزراء الأرميني نيكول باشينيان.", date: "2025-06-01")
        XCTAssertTrue(channel.contains("fladimir_solofiof criticizes pashinyan"), "\(channel)")
        let host = edges("وانتقد المذيع الأمريكي تاكر كارلسون الرئيس الأوكراني فولوديمير زيلينسكي.", date: "2025-06-01")
        XCTAssertTrue(host.contains("takr_karlson criticizes zelensky"), "\(host)")
    }
}
