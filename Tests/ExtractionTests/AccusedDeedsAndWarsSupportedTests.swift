import XCTest
import EntityGraph
@testable import Extraction

/// The one accused of a deed is the subject of its purpose; support for a war named with its
/// agent is support for that agent; "بين" after a construct; an English naming verb's subject
/// before it; a state named again as another's ally is one of "البلدين".
final class AccusedDeedsAndWarsSupportedTests: XCTestCase {
    func testTheAccusedSendsAndSupportsTheWarsAgent() {
        let found = edges("تتهم بريطانيا إيران بإرسال طائرات مسيرة إلى روسيا لدعم حربها في أوكرانيا.")
        XCTAssertTrue(found.contains("iran supports russia"), "\(found)")
        XCTAssertFalse(found.contains { $0.hasSuffix("supports ukraine") }, "\(found)")
        // The war's agent named or by its nisba right after the war noun.
        let named = edges("تعهدت بيلاروسيا بدعم حرب روسيا في أوكرانيا.")
        XCTAssertTrue(named.contains("belarus supports russia"), "\(named)")
        XCTAssertFalse(named.contains("belarus supports ukraine"), "\(named)")
        XCTAssertTrue(edges("أكدت بيلاروسيا دعمها للحرب الروسية في أوكرانيا.").contains("belarus supports russia"))
        XCTAssertTrue(edges("Belarus pledged to support Russia's war in Ukraine.").contains("belarus supports russia"))
    }

    func testBetweenAfterAConstructNamesTheParties() {
        let found = edges("وبحث الوزيران تنفيذ معاهدة الصداقة التاريخية الموقعة بين الهند وروسيا.")
        XCTAssertTrue(found.contains("india cooperates_with russia"), "\(found)")
    }

    func testAnEnglishNamingVerbsSubjectStandsBeforeIt() {
        let found = edges("Trump last week called Petro an \"illegal drug leader\".")
        XCTAssertTrue(found.contains("trump criticizes gustavo_petro"), "\(found)")
    }

    func testAStateNamedAgainAsAnAllyIsOneOfTheTwoCountries() {
        let found = edges("""
            واتهمت الصين الولايات المتحدة بالتصعيد في المنطقة.
            وقال الرئيس الفلبيني إن بلاده لن تتراجع، فيما جددت الولايات المتحدة دعمها لحليفتها، مشيرة إلى أن معاهدة الدفاع المشترك الموقعة بين البلدين تشمل السفن.
            """)
        XCTAssertTrue(found.contains("philippines cooperates_with united_states"), "\(found)")
        XCTAssertFalse(found.contains("china cooperates_with united_states"), "\(found)")
    }
}
