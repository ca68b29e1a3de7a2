import XCTest
@testable import Extraction

/// Support named by "backed by" / "بدعم من", coordination as a verb, a prime minister named
/// with a possessive, a commerce ministry, a name ended before a word with a pronoun suffix, an
/// apposition to the subject before an auxiliary, and a regime named by its ruler's title.
final class BackingAndAuxiliariesTests: XCTestCase {
    func testSupportNamedByBackedBy() {
        XCTAssertEqual(edges("The Houthis, backed by Iran, attacked ships in the Red Sea."), ["iran supports houthis"])
        XCTAssertEqual(edges("وتشن مينسك حربا هجينة بدعم من موسكو."), ["russia supports belarus"])
        XCTAssertEqual(edges("وقال بيسكوف إن نظام كييف يهاجم المدن في روسيا بدعم من الدول الغربية."),
                       ["ukraine attacks russia", "west supports ukraine"], "the actor after في is no subject")
    }

    func testCoordinationAsAVerb() {
        XCTAssertEqual(edges("وقال إن باريس تنسق خطواتها مع برلين."), ["france cooperates_with germany"])
    }

    func testAPrimeMinisterNamedWithAPossessive() {
        let graph = sharedExtractor.extract(text: "وكانت التشيك قد اعترضت، قبل أن يعلن رئيس وزرائها توماس كوفالتشيك موافقته.", document: "t.txt")
        let people = graph.entities.filter { $0.kind == .person }
        XCTAssertEqual(people.map { $0.name.split(separator: " ").count }, [2], "\(people.map(\.name))")
        XCTAssertNotNil(graph.relation(source: people.first?.id ?? "", type: .holdsRole, target: "czechia"))
    }

    func testACommerceMinistry() {
        XCTAssertEqual(edges("وأعربت وزارة التجارة الصينية عن استيائها."), ["china_commerce_ministry part_of china"])
    }

    func testAnAppositionToTheSubjectBeforeAnAuxiliary() {
        XCTAssertEqual(edges("Turkey, a NATO member, has supplied Ukraine with drones."),
                       ["turkey member_of nato", "turkey supports ukraine"])
    }

    func testARegimeNamedByItsRulersTitle() {
        XCTAssertEqual(edges("وتتهم ليتوانيا نظام الرئيس البيلاروسي ألكسندر لوكاشينكو بالتصعيد."),
                       ["lukashenko holds_role belarus", "lithuania criticizes belarus"])
        XCTAssertEqual(edges("وتتهم ليتوانيا الرئيس البيلاروسي ألكسندر لوكاشينكو بالتصعيد."),
                       ["lukashenko holds_role belarus", "lithuania criticizes lukashenko"])
    }
}
