namespace CertInspect.Evidence;

/// <summary>
/// One row of a serial list or inventory, as read: nothing is decided yet. Values are as the input wrote them,
/// null where the input has no such column or the cell is empty.
/// </summary>
public sealed record InventoryObservation(
    SourceLocation Location,
    string Text,
    string Serial,
    string? Name,
    string? Model,
    string? Mac,
    string? Site,
    IReadOnlyList<KeyValuePair<string, string>> Extra);
