import XCTest
import EntityGraph
@testable import Extraction

/// "but" before a verb goes on with the clause's subject; an accession still negotiated is no
/// membership; "كابل" is Kabul only where Afghanistan is named; the head of a delegation takes
/// its owner as affiliation; mediators are not the pair "البلدان" names later; "بينهما" after a
/// fight noun takes that pair; an organisation after مع is not located where the talks are; a
/// bloc named by its size is the alliance of that size.
final class MediatorsDelegationsAndBlocSizesTests: XCTestCase {
    func testAVerbAfterButGoesOnWithTheSubject() {
        let found = edges("EU Commissioner Marta Kos met Milojko Spajic. Kos praised the reforms but urged Montenegro to act against crime.", date: "2025-11-27")
        XCTAssertTrue(found.contains("marta_kos requests montenegro"))
    }

    func testAnAccessionStillNegotiatedIsNoMembership() {
        let found = edges("وانتقد الوزير بلغاريا لعرقلتها مفاوضات انضمام مقدونيا الشمالية إلى الاتحاد الأوروبي.", date: "2025-11-25")
        XCTAssertFalse(found.contains("north_macedonia member_of european_union"))
        XCTAssertTrue(edges("وأكد الوزير أن انضمام فنلندا إلى حلف شمال الأطلسي عزز أمن المنطقة.", date: "2025-11-25").contains("finland member_of nato"))
    }

    func testKabulSpelledLikeACableNeedsAfghanistanInTheDocument() {
        let found = edges("وحمل وزير الدفاع الباكستاني خواجة آصف كابل مسؤولية فشل المحادثات مع أفغانستان.", date: "2025-11-07")
        XCTAssertTrue(found.contains("khawaja_asif criticizes afghanistan"))
        let cable = sharedExtractor.extract(text: "وقطعت سفينة كابل اتصالات في بحر البلطيق قرب السويد.", document: "t", date: "2025-11-07")
        XCTAssertNil(cable.entity(id: "kabul"))
        XCTAssertNil(cable.entity(id: "afghanistan"))
    }

    func testTheHeadOfADelegationServesItsOwner() {
        let found = edges("وقال وزير الدفاع الباكستاني خواجة آصف إن المحادثات فشلت. وترأس وفد طالبان نائب وزير الداخلية رحمة الله نجيب.", date: "2025-11-07")
        XCTAssertTrue(found.contains("rhma_allh_njib holds_role taliban"))
        XCTAssertFalse(found.contains("rhma_allh_njib holds_role pakistan"))
    }

    func testMediatorsAreNotThePairTheTwoCountriesNames() {
        let text = "وأعلنت باكستان أن المحادثات مع أفغانستان فشلت. وجرت المحادثات بوساطة تركيا وقطر، اللتين رعتا اتفاق وقف إطلاق النار الذي توصل إليه البلدان، عقب أعنف اشتباكات حدودية بينهما منذ سنوات."
        let found = edges(text, date: "2025-11-07")
        XCTAssertFalse(found.contains("qatar cooperates_with turkey"))
        XCTAssertFalse(found.contains { $0.hasPrefix("qatar attacks") || $0.hasPrefix("turkey attacks") })
        XCTAssertTrue(found.isSuperset(of: ["afghanistan attacks pakistan", "pakistan attacks afghanistan"]))
    }

    func testAnOrganisationAfterWithIsNotWhereTheTalksAre() {
        let found = edges("أعلن الوزير انتهاء المحادثات مع حكومة طالبان في إسطنبول دون اتفاق.", date: "2025-11-07")
        XCTAssertFalse(found.contains("taliban located_in istanbul"))
        XCTAssertTrue(edges("ويقع مقر المكتب السياسي لحركة حماس في الدوحة.", date: "2025-11-07").contains("hamas located_in doha"))
    }

    func testABlocNamedByItsSizeIsTheAllianceOfThatSize() {
        let found = edges("Montenegro, a NATO member since 2017, is seeking to join the 27-member bloc.", date: "2025-11-27")
        XCTAssertTrue(found.contains("montenegro member_of nato"))
        XCTAssertFalse(found.contains("montenegro requests nato"))
        XCTAssertTrue(found.contains("montenegro requests european_union"))
    }
}
