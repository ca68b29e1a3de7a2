import XCTest
@testable import Extraction

/// A state's wealth fund, banks that are no Nuuk, tariff threats, words of a frame after ب that
/// end a name, and the English title "Senator".
final class WealthFundsBanksAndTariffThreatsTests: XCTestCase {
    func testAStatesWealthFundIsItsBody() {
        XCTAssertEqual(entityKinds(in: "أعلن صندوق الثروة السيادي النرويجي بيع أسهمه."), ["norway state", "norway_wealth_fund organization"])
    }

    func testBanksAreNoNuuk() {
        XCTAssertEqual(entityKinds(in: "سحبت النرويج استثماراتها من خمسة بنوك إسرائيلية."), ["norway state"])
    }

    func testNuukIsReadWhereGreenlandIsNamed() {
        XCTAssertTrue(entityKinds(in: "وصل الوزير إلى جزيرة غرينلاند، ثم زار نوك.").contains("nuuk place"))
    }

    func testAThreatToImposeTariffsThreatensTheirTarget() {
        XCTAssertEqual(edges("هدد ترامب بفرض رسوم على النرويج.", date: "2025-11-01"), ["trump threatens norway"])
    }

    func testAFramesWordAfterBEndsAName() {
        let text = "هدد وزير الخارجية النرويجي إسبن إيدي بفرض رسوم على روسيا."
        XCTAssertEqual(edges(text, date: "2025-11-01"), ["isbn_iidi holds_role norway", "isbn_iidi threatens russia"])
    }

    func testSenatorIsATitle() {
        XCTAssertEqual(edges("Senator Lindsey Graham threatened Norway with tariffs.", date: "2025-11-01"), ["lindsey_graham threatens norway"])
    }
}
