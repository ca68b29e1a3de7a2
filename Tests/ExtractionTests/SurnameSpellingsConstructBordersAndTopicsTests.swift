import XCTest
@testable import Extraction

/// Surnames spelled like a proclitic and the article, a final ه written for a final vowel, her
/// female counterpart, borders of a state in construct, and a verbal noun discussed as a topic.
final class SurnameSpellingsConstructBordersAndTopicsTests: XCTestCase {
    func testASurnameSpelledLikeAProcliticAndTheArticleFollowsAGivenName() {
        let graph = sharedExtractor.extract(text: "قالت وزيرة الخارجية الفنلندية آنا فالتونن إن بلادها تدعم أوكرانيا.", document: "t.txt", date: "2025-11-01")
        let valtonen = graph.entities.first { $0.id == "valtonen" }
        XCTAssertTrue(valtonen?.aliases.contains("آنا فالتونن") == true, "the name is hers: \(valtonen?.aliases ?? [])")
        XCTAssertEqual(edges("قال الرئيس أحمد فالتقى الوفد."), [], "a proclitic before a known word opens no surname")
    }

    func testAFinalHehSpellsTheSameSurnameAsAFinalYa() {
        XCTAssertEqual(NameSkeleton.of("براجه"), NameSkeleton.of("براجي"))
        XCTAssertNotEqual(NameSkeleton.of("براجه"), NameSkeleton.of("براج"))
        let found = edges("استقبلت وزيرة الخارجية الفنلندية إلينا فالتونين نظيرتها اللاتفية بايبا براجه في هلسنكي.", date: "2025-11-01")
        XCTAssertTrue(found.contains("braze holds_role latvia"), "\(found)")
        XCTAssertTrue(found.contains("braze met_with valtonen") || found.contains("valtonen met_with braze"), "\(found)")
    }

    func testHerFemaleCounterpartHoldsTheSameRole() {
        let found = edges("استقبلت وزيرة الخارجية الألمانية آنا كارلسون نظيرتها النمساوية ماريا بيرغر في برلين.")
        XCTAssertTrue(found.contains("maria_birghr holds_role austria"), "\(found)")
    }

    func testABorderNounInConstructWithAStateNamesItsNeighbours() {
        let named = edges("وقال الوزير إن حدود تركيا مع سوريا والعراق ستبقى مغلقة.")
        XCTAssertTrue(named.contains("syria borders turkey") || named.contains("turkey borders syria"), "\(named)")
        XCTAssertTrue(named.contains("iraq borders turkey") || named.contains("turkey borders iraq"), "\(named)")
        let anaphor = edges("وقال فيدان إن حدود بلاده مع سوريا ستبقى مغلقة.", date: "2025-11-01")
        XCTAssertTrue(anaphor.contains("syria borders turkey") || anaphor.contains("turkey borders syria"), "\(anaphor)")
    }

    func testAVerbFormDiscussedAsATopicIsAVerbalNoun() {
        let found = edges("وزيرا خارجية فنلندا ولاتفيا يبحثان في هلسنكي دعم أوكرانيا والتهديد الروسي.")
        XCTAssertFalse(found.contains("ukraine supports russia"), "\(found)")
        XCTAssertTrue(edges("دعم الرئيس الفرنسي أوكرانيا.", date: "2025-11-01").contains("france supports ukraine"))
    }
}
