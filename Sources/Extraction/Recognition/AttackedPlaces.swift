import EntityGraph

/// What a place named as a frame's object stands for.
extension DocumentContext {
    /// The entity a frame's object `id` stands for in a relation of `type`: a capital or a seat
    /// acting stands for its state or body (`actingEntity`), but a place attacked only for a
    /// state ("strikes on Kyiv" hit Ukraine): missiles on Erbil hit the city, not the Kurdistan
    /// Regional Government, and a bomb in Brussels does not hit the EU.
    func objectEntity(_ id: String, of type: RelationType) -> String {
        let acting = actingEntity(id)
        return type == .attacks && kind(id) == .place && kind(acting) != .state ? id : acting
    }
}
