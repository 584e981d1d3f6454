using CertInspect.Evidence;
using CertInspect.Facts;

namespace CertInspect.Fleet;

/// <summary>What captures add to a record built from rows or certificates (and to one built from a capture alone).</summary>
internal sealed partial class DeviceRecordBuilder
{
    // Adds what captures say to a record built from rows or certificates: names, MACs, a model the rows lacked, the
    // certificates described in text, the device type, the release, the CSCur43050 check, logs and controllers.
    public DeviceRecord WithCapture(DeviceRecord record, CaptureGroup? group)
    {
        if (group is null)
        {
            return record;
        }

        string? model = record.Model ?? group.Models.Select(m => m.Value).FirstOrDefault() ?? CertificateModel(group.Certificates);
        ModelFamily? modelFamily = record.Family ?? _models.Identify(model);
        var notes = new List<string>(record.Notes);
        notes.AddRange(group.Members.SelectMany(m => m.Notes));

        ProofObservation? block = group.Members.Select(m => m.Sha2ParameterBlock).FirstOrDefault(b => b is not null);
        CapturedDevice? trustpoints = group.Members.FirstOrDefault(m => m.TrustpointLines is not null);
        Sha2Proof? proof = Sha2Proof.From(block, trustpoints?.TrustpointLines, trustpoints?.TrustpointCommand, _sha2CaNames);
        if (proof is { Outcome: Sha2ProofOutcome.Incomplete })
        {
            notes.Add($"CSCur43050 check not finished: {proof.Explanation}");
        }

        string? deviceType = _kinds.Decide(KindEvidence.Of(model, group, [.. record.Certificates, .. group.Certificates]), notes) ?? record.DeviceType;
        return record with
        {
            Names = record.Names.Concat(group.Names.Select(n => n.Value)).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Name = record.Name ?? group.Names.Select(n => n.Value).FirstOrDefault(),
            Macs = record.Macs.Concat(group.Macs.Select(m => m.Value)).Concat(ConflictMacs(group.Certificates)).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
            Mac = record.Mac ?? group.Macs.Select(m => m.Value).Concat(ConflictMacs(group.Certificates)).FirstOrDefault(),
            Model = model,
            Family = modelFamily,
            DeviceType = deviceType,
            PredictedMicExpiry = record.Serial is { } serial ? Predict(serial, deviceType) : null,
            Certificates = [.. record.Certificates, .. group.Certificates],
            TrustedCas = [.. record.TrustedCas, .. group.Cas],
            CapturedSerials = group.Serials.ToList(),
            CapturedMemberSerials = group.MemberSerials.ToList(),
            Capture = new CaptureEvidence
            {
                Contexts = group.Members.Select(m => m.Controller is { } controller
                    ? $"{m.Source}: {m.Context} on {ControllerName(controller)}"
                    : $"{m.Source}: {(m.Context.Length > 0 ? m.Context : "(no prompt)")}").Distinct(StringComparer.Ordinal).ToList(),
                Release = group.Release,
                Sha2Proof = proof,
                JoinStatus = group.JoinStatus,
                LastJoinFailure = group.LastJoinFailure,
                LogLines = group.Members.SelectMany(m => m.LogLines).ToList(),
                ReportedLogLines = group.Members.SelectMany(m => m.ReportedLogLines).ToList(),
                LogLinesAboutAps = group.Members.SelectMany(m => m.LogLinesAboutAps).ToList(),
                Controllers = group.Controllers
                    .Select(c => new ControllerLink(c.Controller.DisplayName, c.Controller.Release, c.Controller.Certificates, ViaEvidence(c.Via)))
                    .ToList(),
            },
            Occurrences = record.Occurrences.Concat(group.Members.SelectMany(m => m.Occurrences)).Concat(group.Certificates.Select(CertificateEvidenceText))
                .DistinctBy(e => e.Location).ToList(),
            Notes = notes,
        };
    }

    // Where the capture ties the AP to its controller: the line naming it, else any line about it, else the capture.
    private static EvidenceLine ViaEvidence(CapturedDevice via) =>
        via.Names.Select(n => n.Evidence).FirstOrDefault()
        ?? (via.Occurrences.Count > 0 ? via.Occurrences[0] : null)
        ?? new EvidenceLine(new SourceLocation(via.Source, null), via.Context);

    private static string ControllerName(CapturedDevice controller) => controller.Context.Length > 0 ? controller.Context : "(no prompt)";
}
