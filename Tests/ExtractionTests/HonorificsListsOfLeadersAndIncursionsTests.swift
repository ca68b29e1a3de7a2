import XCTest
@testable import Extraction

/// Honorifics before a subject, lists of states or leaders as one subject, incursions as
/// attacks, a group whose name holds another's, and recognition of a state.
final class HonorificsListsOfLeadersAndIncursionsTests: XCTestCase {
    func testAnHonorificBeforeTheSubjectIsReadPast() {
        let text = "استقبل حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني الرئيس أحمد الشرع."
        XCTAssertTrue(edges(text).contains("al_sharaa met_with tamim"), "\(edges(text))")
    }

    func testAListOfStatesOpeningTheSentenceIsTheSubjectOfEachVerb() {
        let text = "The leaders of France, Germany, Britain and Poland arrived in Kyiv on Saturday and demanded that Russia agree to a ceasefire."
        let found = edges(text)
        for state in ["france", "germany", "united_kingdom", "poland"] {
            XCTAssertTrue(found.contains("\(state) requests russia"), "\(state): \(found)")
        }
    }

    func testEveryLeaderOfAListHeldTheCall() {
        let text = "Macron, Merz and Starmer met Zelenskiy in Kyiv and held a call with U.S. President Donald Trump."
        let found = edges(text)
        XCTAssertTrue(found.contains("merz met_with trump"), "\(found)")
        XCTAssertTrue(found.contains("starmer met_with trump"), "\(found)")
    }

    func testIncursionsAreAttacks() {
        let text = "وأكد الأمير موقف قطر، مديناً التوغلات الإسرائيلية المتكررة في الجنوب السوري."
        XCTAssertTrue(edges(text).contains("israel attacks syria"), "\(edges(text))")
    }

    func testAGroupTheLexiconPutsElsewhereIsNoPartOfTheOneItsNameHolds() {
        let graph = sharedExtractor.extract(text: "وأدانت كتائب حزب الله الزيارة الأميركية.", document: "t.txt")
        XCTAssertNil(graph.entity(id: "hezbollah"))
        XCTAssertNotNil(graph.entity(id: "kataib_hezbollah"))
    }

    func testRecognisingAStateIsCooperationWithIt() {
        XCTAssertTrue(edges("اعترفت إسبانيا بدولة فلسطين العام الماضي.").contains("palestine cooperates_with spain"))
        XCTAssertTrue(edges("France will recognize Palestine, Macron said.").contains("france cooperates_with palestine"))
        XCTAssertTrue(edges("اعترف الوزير بأن الخطة فشلت.").isEmpty)
        let headline = edges("عباس يلتقي ماكرون في باريس قبيل الاعتراف الفرنسي بدولة فلسطين")
        XCTAssertFalse(headline.contains("macron met_with palestine"), "\(headline)")
    }
}
