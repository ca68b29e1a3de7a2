import XCTest
@testable import Extraction

/// A deed an Arabic verb of speech announces after its subject and a time aside is the
/// announcer's; troops sent to "a NATO force in Finland" go to Finland; a state hosting "a
/// Russian military base" still hosts Russia's forces.
final class AnnouncedBansAndForcesOfBlocsTests: XCTestCase {
    func testABanAnnouncedAfterATimeAsideIsTheAnnouncers() {
        let found = edges("أعلنت المجر، اليوم الخميس، منع القائد الأوكراني روبرت بروفدي من دخول أراضيها.")
        XCTAssertTrue(found.contains("hungary sanctions robrt_brofdi"), "\(found)")
        let minister = edges("أعلن وزير الخارجية المجري بيتر سيارتو، اليوم الخميس، منع قائد قوات الطائرات المسيرة الأوكرانية روبرت بروفدي من دخول المجر.",
                             date: "2025-08-28")
        XCTAssertTrue(minister.contains("hungary sanctions robrt_brofdi"), "\(minister)")
        XCTAssertFalse(minister.contains("ukraine sanctions hungary"), "\(minister)")
    }

    func testTroopsSentToABlocsForceInAStateGoToTheState() {
        let found = edges("Italy will send soldiers to an EU mission in Kosovo.")
        XCTAssertTrue(found.contains("italy deploys_to kosovo"), "\(found)")
        XCTAssertFalse(found.contains("italy deploys_to european_union"), "\(found)")
        let battlegroup = edges("Germany deployed troops to a NATO battlegroup in Lithuania.")
        XCTAssertTrue(battlegroup.contains("germany deploys_to lithuania"), "\(battlegroup)")
    }

    func testAHostedBaseOfAnotherStateIsStillItsDeployment() {
        let found = edges("Armenia hosts a Russian military base in the city of Gyumri.")
        XCTAssertTrue(found.contains("russia deploys_to armenia"), "\(found)")
    }
}
