import XCTest
@testable import Extraction

/// Colleagues named after a titled person, states named first in a list, offices after
/// "whose", the leaders a group anaphor means, members spelled out after an Arabic member noun,
/// recalls of one's own envoy, revoked visas, judgements of a state's deed, and trades named
/// after a company noun.
final class ColleaguesRecallsAndJudgementsTests: XCTestCase {
    func testATitleJoinedToATitledPersonNamesAColleagueOfTheirState() {
        let found = edges("استقبل الرئيس المصري عبد الفتاح السيسي ووزير الداخلية نزار الحجري الوفد.")
        XCTAssertTrue(found.contains("nzar_alhjri holds_role egypt"), "\(found)")
    }

    func testAStateWhoseNameIsACommonWordIsTheStateFirstInAListOfStates() {
        XCTAssertTrue(edges("وأعلنت مالي والنيجر إغلاق سفارتيهما في الجزائر.").contains("algeria borders mali") == false)
        let graph = sharedExtractor.extract(text: "وقالت مالي والنيجر وبوركينا فاسو إنها ستنسحب.", document: "t.txt")
        XCTAssertNotNil(graph.entity(id: "mali"))
        XCTAssertNil(sharedExtractor.extract(text: "قدمت الدولة دعما مالي واسعا.", document: "t.txt").entity(id: "mali"))
    }

    func testATitleAfterWhoseServesTheActorBeforeTheComma() {
        let text = "Venezuela protested. Trinidad and Tobago, whose Prime Minister Kamla Persad-Bissessar backed the operation, lies nearby."
        XCTAssertEqual(role(sharedExtractor.extract(text: text, document: "t.txt"), "persad_bissessar", "trinidad_and_tobago"), "prime_minister")
    }

    func testTheThreeLeadersAreLeadersNamedBeforeNotTheSpeakerNorAMinister() {
        let text = "Kim Jong Un met Chinese President Xi Jinping and Russian President Vladimir Putin. Kim came with Foreign Minister Choe Son Hui. "
            + "U.S. President Donald Trump accused the three leaders of conspiring."
        let found = edges(text, date: "2025-09-03")
        for leader in ["kim_jong_un", "putin", "xi_jinping"] { XCTAssertTrue(found.contains("trump criticizes \(leader)"), "\(leader): \(found)") }
        XCTAssertFalse(found.contains { $0.hasPrefix("trump criticizes choe") }, "\(found)")
    }

    func testStatesSpelledOutAfterAnArabicMemberNounAreMembers() {
        let found = edges("وأعلنت دول تحالف الساحل، مالي والنيجر وبوركينا فاسو، انسحابها من المنظمة.")
        for state in ["mali", "niger", "burkina_faso"] { XCTAssertTrue(found.contains("\(state) member_of aes"), "\(state): \(found)") }
    }

    func testRecallingOnesOwnEnvoyReducesRelations() {
        XCTAssertTrue(edges("الجزائر تستدعي سفيرها لدى فرنسا للتشاور").contains("algeria sanctions france"))
        XCTAssertTrue(edges("Algeria recalled its ambassador to Mali on Sunday.").contains("algeria sanctions mali"))
        XCTAssertTrue(edges("استدعت الجزائر السفير الفرنسي للاحتجاج.").contains("algeria criticizes france"))
    }

    func testRevokingAVisaIsASanction() {
        let text = "Colombian President Gustavo Petro spoke in New York. The United States revoked Petro's visa last month."
        XCTAssertTrue(edges(text).contains("united_states sanctions gustavo_petro"), "\(edges(text))")
        XCTAssertTrue(edges("The United States revoked the decision last month.").isEmpty)
    }

    func testJudgingAStatesDeedUnacceptableCriticisesTheState() {
        XCTAssertTrue(edges("وقالت الخارجية الجزائرية إن الخطوة الفرنسية غير مقبولة.").contains("algeria criticizes france"))
        XCTAssertTrue(edges("The Algerian foreign ministry said the French move was unacceptable.").contains("algeria criticizes france"))
        XCTAssertFalse(edges("وقال الوزير الجزائري إن الوضع غير مقبول.").contains { $0.contains("criticizes") })
    }

    func testAnInstitutionWordAfterACompanyNounNamesItsTrade() {
        let graph = sharedExtractor.extract(text: "رفعت واشنطن العقوبات عن شركة الطيران البيلاروسية بيلافيا.", document: "t.txt")
        XCTAssertNil(graph.entity(id: "belarus_air_force"))
        XCTAssertTrue(edges("شن الطيران الإسرائيلي غارات على دمشق.").contains("israel attacks syria"))
    }
}
