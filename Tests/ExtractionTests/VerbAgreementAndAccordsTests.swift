import XCTest
import EntityGraph
@testable import Extraction

/// A masculine Arabic verb joined by و does not take a feminine name after it as its subject;
/// "the accords" names the accords told before; diplomatic relations are cooperation; "الدول
/// الأوروبية الثلاث" is the E3; a place after "في" with a nisba lies in that state.
final class VerbAgreementAndAccordsTests: XCTestCase {
    func testAMasculineVerbKeepsItsSubjectBeforeAFeminineName() {
        let found = edges("استقبل أردوغان زيلينسكي في أنقرة، وانتقد روسيا بشدة.")
        XCTAssertTrue(found.contains("erdogan criticizes russia"), "\(found)")
        XCTAssertFalse(found.contains { $0.hasPrefix("russia criticizes") }, "\(found)")
    }

    func testAFeminineVerbOrAMasculineNameAfterItStaysItsSubject() {
        let feminine = edges("استقبل أردوغان زيلينسكي في أنقرة، وانتقدت روسيا الزيارة واتهمت أنقرة بالانحياز.")
        XCTAssertFalse(feminine.contains("erdogan criticizes russia"), "\(feminine)")
        let masculine = edges("زار ماكرون بكين، وانتقد الاتحاد الأوروبي الصين بسبب دعمها لموسكو.")
        XCTAssertTrue(masculine.contains("european_union criticizes china"), "\(masculine)")
    }

    func testANisbaAfterTheFeminineNounOfAGroupMakesItFeminine() {
        let found = edges("التقى عراقجي نظيره الصيني، وانتقد الترويكا الأوروبية، فرنسا وبريطانيا وألمانيا، لتفعيل آلية الزناد.")
        XCTAssertTrue(found.isSuperset(of: ["araghchi criticizes e3", "araghchi criticizes france", "araghchi criticizes germany"]), "\(found)")
        XCTAssertTrue(edges("وحذرت طهران الدول الأوروبية الثلاث من إعادة فرض العقوبات.").contains { $0.hasSuffix(" e3") })
    }

    func testTheAccordsNameTheAccordsToldBefore() {
        let found = edges("Kazakhstan said it would join the Abraham Accords. Morocco and Bahrain joined the accords in 2020.")
        XCTAssertTrue(found.isSuperset(of: ["morocco member_of abraham_accords", "bahrain member_of abraham_accords"]), "\(found)")
    }

    func testHavingDiplomaticRelationsIsCooperation() {
        XCTAssertTrue(edges("Azerbaijan has full diplomatic relations with Israel.").contains("azerbaijan cooperates_with israel"))
        XCTAssertTrue(edges("وأقامت البحرين علاقات دبلوماسية مع إسرائيل عام 2020.").contains("bahrain cooperates_with israel"))
    }

    func testAPlaceAfterInWithANisbaLiesInThatState() {
        XCTAssertTrue(edges("اندلع حريق في بريانسك الروسية بعد هجوم بالمسيرات.").contains("bryansk located_in russia"))
        // A nisba that the lexicon's state of the place contradicts places nothing.
        XCTAssertFalse(edges("وقعت انفجارات في خاركيف الروسية.").contains("kharkiv located_in russia"))
    }
}
