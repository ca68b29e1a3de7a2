import XCTest
import EntityGraph
@testable import Extraction

/// A palace between host and guest, a second portfolio of two words, a crown prince's full name,
/// the PLO and the royal court.
final class PalacesAndPortfoliosTests: XCTestCase {
    func testAPalaceAfterFiBetweenHostAndGuest() {
        let found = edges("استقبل جلالة الملك عبدالله الثاني، الثلاثاء، في قصر الحسينية، رئيس دولة فلسطين محمود عباس.")
        XCTAssertTrue(found.contains("abdullah_ii met_with mahmoud_abbas"), "\(found)")
        let long = edges("استقبل الرئيس اللبناني جوزيف عون، الثلاثاء، في قصر بعبدا المبعوث الأمريكي توم باراك، وبحث معه الورقة الأمريكية.")
        XCTAssertTrue(long.contains("joseph_aoun met_with tom_barrack"), "\(long)")
    }

    func testASecondPortfolioOfTwoWordsBeforeTheNisba() {
        XCTAssertTrue(edges("استقبل السوداني وزير الطاقة والموارد الطبيعية التركي ألب أرسلان بيرقدار.").contains("alb_arslan_birqdar holds_role turkey"))
    }

    func testACrownPrincesFullNameBeforeHisTitle() {
        XCTAssertTrue(edges("وحضر اللقاء سمو الأمير الحسين بن عبدالله الثاني ولي العهد.").contains("hussein_bin_abdullah holds_role jordan"))
    }

    func testThePLOAndTheRoyalCourtAreKnown() {
        let ids = Set(sharedExtractor.extract(text: "وحضر اللقاء رئيس الديوان الملكي الهاشمي يوسف العيسوي وأمين سر اللجنة التنفيذية لمنظمة التحرير.",
                                              document: "t.txt").entities.map(\.id))
        XCTAssertTrue(ids.isSuperset(of: ["royal_hashemite_court", "plo"]), "\(ids)")
    }
}
