import Foundation

/// Finds dates written as day, month name and year ("06 أبريل 2023", "6 April 2023") or day and
/// month ("في 26 مارس", the year taken from a reference date).
public enum DateParser {
    /// The first date in the spans of a sentence, as ISO `YYYY-MM-DD`.
    static func firstDate(_ tokens: [Token], spans: [Span], referenceYear: Int?) -> String? {
        for span in spans {
            guard case .month(let month) = span.value else { continue }
            let before = span.range.lowerBound - 1
            guard before >= 0, (1...31).contains(tokens[before].number) else { continue }
            var year = referenceYear
            let after = span.range.upperBound
            if after < tokens.count, (1900...2100).contains(tokens[after].number) { year = Int(tokens[after].number) }
            guard let year else { continue }
            return String(format: "%04d-%02d-%02d", year, month, Int(tokens[before].number))
        }
        return nil
    }
}
