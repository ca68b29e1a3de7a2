import XCTest
import EntityGraph
@testable import Extraction

/// "، كما التقى" continues the meeting of the person named first, the office of whom he meets
/// being no one else met; a leader's title names its state after "في" before the holder's name
/// (an envoy's does not); "and said" opens a clause an English event noun takes no object from;
/// "will sign" is a signing; a quoted acronym after a name keeps the list going; Bangladesh's
/// leaders, its nisba "بنغالي", Al-Azhar and its grand imam are known.
final class ContinuedMeetingsAndLocatedLeadersTests: XCTestCase {
    func testAMeetingAfterKamaContinuesTheFirstPersonsClause() {
        let text = """
        وصل رئيس الوزراء الباكستاني شهباز شريف إلى القاهرة. وعقد شريف جلسة مباحثات مع رئيس مجلس الوزراء مصطفى مدبولي، \
        كما التقى فضيلة الإمام الأكبر الدكتور أحمد الطيب شيخ الأزهر.
        """
        let found = edges(text, date: "2025-03-10")
        XCTAssertTrue(found.contains("ahmed_al_tayeb met_with shehbaz_sharif"), "\(found.sorted())")
        XCTAssertTrue(found.contains("ahmed_al_tayeb holds_role al_azhar"), "\(found.sorted())")
        XCTAssertFalse(found.contains { $0.hasPrefix("al_azhar met_with") || $0.hasSuffix("met_with al_azhar") }, "\(found.sorted())")
    }

    func testALeadersTitleNamesItsStateAfterFi() {
        let text = "والتقى الوزير رئيس الحكومة الانتقالية في بنغلاديش محمد يونس في دكا."
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-08-24")
        XCTAssertEqual(role(graph, "muhammad_yunus", "bangladesh"), "prime_minister")
    }

    func testAnEnvoysTitleDoesNotServeTheStateAfterFi() {
        let text = "وانتقد دوديك الممثل السامي الدولي في البوسنة كريستيان شميدت."
        let found = edges(text, date: "2025-04-01")
        XCTAssertFalse(found.contains { $0.hasSuffix("holds_role bosnia_and_herzegovina") && !$0.hasPrefix("milorad_dodik") }, "\(found.sorted())")
    }

    func testAndSaidOpensAClauseAnEventNounTakesNoObjectFrom() {
        let text = """
        Argentine President Javier Milei met U.S. President Donald Trump at the White House. Milei thanked Trump for his \
        backing and said the two governments would sign a trade framework.
        """
        let found = edges(text, date: "2025-10-14")
        XCTAssertFalse(found.contains("trump supports united_states"), "\(found.sorted())")
        XCTAssertTrue(found.contains("argentina cooperates_with united_states"), "\(found.sorted())")
    }

    func testAQuotedAcronymAfterANameKeepsTheListGoing() {
        let found = edges("وإندونيسيا عضو في رابطة دول جنوب شرق آسيا \"آسيان\" ومجموعة العشرين.", date: "2025-03-10")
        XCTAssertTrue(found.isSuperset(of: ["indonesia member_of asean", "indonesia member_of g20"]), "\(found.sorted())")
    }

    func testBangladeshsLeadersAndNisbaAreKnown() {
        let before = sharedExtractor.extract(text: "وقالت رئيسة الوزراء البنغالية إن بلادها ترفض الاتهامات.", document: "t.txt", date: "2023-05-01")
        XCTAssertEqual(role(before, "sheikh_hasina", "bangladesh"), "prime_minister")
        let adviser = sharedExtractor.extract(text: "وقال مستشار الشؤون الخارجية البنغالي توحيد حسين إن دكا تريد علاقات متوازنة.",
                                              document: "t.txt", date: "2025-08-24")
        XCTAssertEqual(role(adviser, "touhid_hossain", "bangladesh"), "adviser")
    }
}
