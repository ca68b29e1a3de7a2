import XCTest
import EntityGraph
@testable import Extraction

/// Brothers named by their father's name, dual titles of the two states, portfolios that end
/// with citizens abroad, English portfolios after a state and lowercase words before a title,
/// postings for a region, a body's name without its proclitic, given names opening with "عبد".
final class DualTitlesAndPortfoliosTests: XCTestCase {
    private func entities(_ text: String) -> [String: Entity] {
        Dictionary(uniqueKeysWithValues: sharedExtractor.extract(text: text, document: "t.txt").entities.map { ($0.id, $0) })
    }

    func testAnotherGivenNameBeforeAFathersNameIsABrother() {
        let english = edges("Trump hosted Crown Prince Mohammed bin Salman in Washington.\n"
            + "Saudi Energy Minister Prince Abdulaziz bin Salman met U.S. Energy Secretary Chris Wright in Riyadh.")
        XCTAssertTrue(english.isSuperset(of: ["abdulaziz_bin_salman holds_role saudi_arabia", "chris_wright holds_role united_states",
                                              "abdulaziz_bin_salman met_with chris_wright"]), "\(english)")
        XCTAssertFalse(english.contains("mohammed_bin_salman holds_role saudi_arabia") && english.contains("chris_wright met_with mohammed_bin_salman"),
                       "\(english)")
        let arabic = edges("التقى ولي العهد الأمير محمد بن سلمان بالرئيس ترامب.\nووقع وزير الطاقة السعودي الأمير عبد العزيز بن سلمان اتفاقية.")
        XCTAssertTrue(arabic.contains("abd_alaziz_bn_slman holds_role saudi_arabia"), "\(arabic)")
    }

    func testADualTitleOfTheTwoStatesGivesEachNameTheOtherState() {
        let found = edges("استقبل أردوغان الرئيس الصومالي في أنقرة.\n"
            + "ووقع وزيرا الدفاع في البلدين، يشار غولر وعبد القادر محمد نور، اتفاقية للتعاون العسكري.\nوقال نور إن الاتفاق مهم.")
        XCTAssertTrue(found.isSuperset(of: ["guler holds_role turkey", "abd_alqadr_mhmd_nor holds_role somalia"]), "\(found)")
        XCTAssertEqual(entities("استقبل أردوغان الرئيس الصومالي في أنقرة.\nووقع وزيرا خارجية البلدين هاكان فيدان وأحمد معلم فقي اتفاقية.")["ahmd_malm_fqi"]?.name,
                       "Ahmd Malm Fqi")
        let unplaced = edges("استقبل أردوغان الرئيس الصومالي في أنقرة.\nووقع وزيرا الدفاع في البلدين، كمال أحمد وعبد القادر محمد نور، اتفاقية.")
        XCTAssertFalse(unplaced.contains { $0.hasPrefix("kmal_ahmd holds_role") || $0.hasPrefix("abd_alqadr_mhmd_nor holds_role") }, "\(unplaced)")
    }

    func testAPortfolioOfCitizensAbroadNamesTheMinistersState() {
        XCTAssertTrue(edges("وحضر اللقاء وزير الشؤون الخارجية والتعاون والموريتانيين في الخارج محمد سالم ولد مرزوك.")
            .contains("merzoug holds_role mauritania"))
        let egyptian = edges("وقال وزير الخارجية والهجرة وشؤون المصريين في الخارج الدكتور بدر عبد العاطي إن الحل سياسي.")
        XCTAssertTrue(egyptian.contains("abdelatty holds_role egypt"), "\(egyptian)")
        XCTAssertFalse(egyptian.contains { $0.contains("cooperates_with") }, "\(egyptian)")
    }

    func testAMinisterOfStateAndForeignMinisterIsTheForeignMinister() {
        let text = "استقبل الرئيس الموريتاني وزير الدولة وزير الشؤون الخارجية الجزائري أحمد عطاف.\nوقال الوزير الجزائري إن البلدين يتعاونان."
        XCTAssertEqual(attribute("role", of: "attaf holds_role algeria", in: text), "foreign_minister")
        XCTAssertTrue(edges(text + "\nوأجرى الوزير الجزائري مباحثات مع نظيره الموريتاني تناولت التحضير للجنة المشتركة.")
            .isDisjoint(with: ["tnaolt_althdir holds_role mauritania"]))
    }

    func testAnEnglishPortfolioAfterAStateAndLowercaseWordsBeforeATitle() {
        XCTAssertTrue(edges("U.S. Energy Secretary Chris Wright visited Riyadh.").contains("chris_wright holds_role united_states"))
        XCTAssertTrue(edges("United Nations human rights chief Volker Turk urged the RSF to allow safe passage.")
            .isSuperset(of: ["volker_turk holds_role united_nations", "volker_turk requests rsf"]))
        let bid = edges("Hungary was the last to ratify Sweden's bid after Prime Minister Viktor Orban's government dropped its objections.")
        XCTAssertFalse(bid.contains("orban holds_role sweden"), "\(bid)")
    }

    func testAPostingForARegionStandsBetweenATitleAndAName() {
        XCTAssertTrue(edges("U.S. senior adviser for Africa Massad Boulos said Washington was working with Egypt.")
            .contains("massad_boulos holds_role united_states"))
    }

    func testABodyNamedAfterTheProcliticLIsNamedWithItsArticle() {
        let army = entities("وشنت حركة الشباب هجمات على مواقع للجيش الصومالي.")["somalia_army"]
        XCTAssertTrue(army?.aliases.contains("الجيش الصومالي") == true, "\(String(describing: army?.aliases))")
        XCTAssertEqual(ArabicClitics.withoutProclitic("للجيش الروسي", "ل"), "الجيش الروسي")
    }

    func testAGivenNameOpeningWithAbdCountsAsOneWord() {
        XCTAssertTrue(edges("ووقع وزير الدفاع الصومالي عبد القادر محمد نور اتفاقية.").contains("abd_alqadr_mhmd_nor holds_role somalia"))
    }

    func testSharingALongBorderAfterAPreposition() {
        XCTAssertTrue(edges("وتشترك موريتانيا في حدود طويلة مع مالي.").contains("mali borders mauritania"))
    }
}
