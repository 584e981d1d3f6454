using CertInspect.Evidence;
using CertInspect.Serials;

namespace CertInspect.Fleet;

/// <summary>An inventory row as the spill keeps it: the row as read, and its serial as decoded while reading.</summary>
internal sealed record SpilledRow(InventoryObservation Observation, SerialNumber Serial);
