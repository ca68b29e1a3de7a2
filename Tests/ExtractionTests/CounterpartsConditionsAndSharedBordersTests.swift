import XCTest
@testable import Extraction

/// Counterparts whose role the lexicon knows, the people a visitor meets after a comma, how far a
/// meeting's place may lie, a state whose holder of a role was just named, "their shared border",
/// places joined after their noun, conditions closed by a comma, no talks with one's own body,
/// occupation as an attack, and the names of Pakistan's Taliban and of foreign ministries.
final class CounterpartsConditionsAndSharedBordersTests: XCTestCase {
    private let visit = "حذر وزير الخارجية الفرنسي جان نويل بارو من التصعيد. وكان بارو قد زار الجزائر مطلع الشهر، والتقى الرئيس عبد المجيد تبون ونظيره أحمد عطاف، "
        + "في زيارة فتحت صفحة جديدة بعد أشهر من التوتر على خلفية اعتراف باريس بخطة الحكم الذاتي في الصحراء الغربية."

    func testACounterpartKnownToTheLexiconKeepsTheirOwnRole() {
        let graph = sharedExtractor.extract(text: visit, document: "t.txt", date: "2025-04-10")
        XCTAssertEqual(role(graph, "attaf", "algeria"), "foreign_minister")
        XCTAssertEqual(role(graph, "tebboune", "algeria"), "president")
    }

    func testAVisitorMeetsThePeopleOfOneStateNamedAfterTheComma() {
        let found = edges(visit, date: "2025-04-10")
        XCTAssertTrue(found.contains("barrot met_with tebboune"), "\(found)")
        XCTAssertTrue(found.contains("attaf met_with barrot"), "\(found)")
        XCTAssertFalse(found.contains("attaf met_with tebboune"), "\(found)")
    }

    func testAMeetingsPlaceIsNotAPlaceFarOnInTheSentence() {
        let far = "A Hamas delegation led by Khalil al-Hayya arrived in Cairo for talks with Egyptian and Qatari mediators "
            + "on US President Donald Trump's plan to end the war in Gaza."
        XCTAssertTrue(edges(far).contains("egypt met_with hamas"), "\(edges(far))")
        XCTAssertNil(attribute("place", of: "egypt met_with hamas", in: far))
        let near = "التقى وزير الخارجية التركي هاكان فيدان نظيره العراقي فؤاد حسين، خلال لقاء جمعهما في العاصمة أنقرة."
        XCTAssertEqual(attribute("place", of: "fidan met_with fuad_hussein", in: near, date: "2025-04-10"), "ankara")
    }

    func testATitleIsNotGivenTheStateWhoseHolderWasJustNamed() {
        let text = "The talks were led by Pakistan's Defence Minister Khawaja Asif and Defence Minister Mullah Mohammad Yaqoob."
        let found = edges(text)
        XCTAssertTrue(found.contains("khawaja_asif holds_role pakistan"), "\(found)")
        XCTAssertFalse(found.contains("mullah_mohammad_yaqoob holds_role pakistan"), "\(found)")
    }

    func testTheirSharedBorderIsTheBorderOfTheStatesListedBefore() {
        let text = "Pakistan and Afghanistan agreed to a ceasefire after talks in Qatar's capital, Doha, after fighting along their shared border."
        let found = edges(text)
        XCTAssertTrue(found.contains("afghanistan borders pakistan"), "\(found)")
        XCTAssertFalse(found.contains { $0.contains("qatar borders") || $0.hasSuffix("borders qatar") }, "\(found)")
    }

    func testAPlaceAfterItsNounIsJoinedToTheList() {
        let found = edges("Pakistan carried out air strikes on Kabul and the eastern province of Paktika.")
        XCTAssertTrue(found.contains("pakistan attacks paktika"), "\(found)")
        XCTAssertTrue(found.contains("pakistan attacks afghanistan"), "\(found)")
        XCTAssertTrue(edges("وقصفت روسيا كييف ومدينة خاركيف.").contains("russia attacks kharkiv"))
    }

    func testACommaAndAJoinedVerbCloseACondition() {
        let text = "حذر وزير الخارجية الفرنسي جان نويل بارو من أن بلاده سترد إذا أبقت الجزائر على قرارها، ودعا السلطات الجزائرية إلى التراجع عنه."
        XCTAssertTrue(edges(text).contains("barrot requests algeria"), "\(edges(text))")
        XCTAssertFalse(edges("إذا هاجمت روسيا ليتوانيا فإن الحلف سيرد.").contains("russia attacks lithuania"))
    }

    func testNoOneHoldsTalksWithTheBodyTheyServe() {
        let text = "EU foreign policy chief Kaja Kallas criticised the Georgian government's decision to freeze accession talks with the bloc."
        XCTAssertFalse(edges(text).contains { $0.contains("met_with") }, "\(edges(text))")
    }

    func testOccupyingAStatesTerritoryIsAnAttack() {
        XCTAssertTrue(edges("Russia has occupied about 20% of Georgia's territory since 2008.").contains("russia attacks georgia"))
        XCTAssertTrue(edges("واحتلت روسيا شبه جزيرة القرم الأوكرانية عام 2014.").contains("russia attacks crimea"))
    }

    func testThePakistaniTalibanAreNotTheAfghanTaliban() {
        let graph = sharedExtractor.extract(text: "Pakistan struck hideouts of the Pakistani Taliban.", document: "t.txt")
        XCTAssertNotNil(graph.entity(id: "ttp"))
        XCTAssertTrue(edges("ضربت باكستان مواقع لحركة طالبان باكستان.").contains("pakistan attacks ttp"))
    }

    func testTheMinistryOfForeignAffairsWrittenInFullIsTheForeignMinistry() {
        let found = edges("وقالت وزارة الشؤون الخارجية الجزائرية في بيان إن القرار تعسفي.")
        XCTAssertTrue(found.contains("algeria_foreign_ministry part_of algeria"), "\(found)")
    }
}
