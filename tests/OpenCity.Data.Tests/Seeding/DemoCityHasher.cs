using System.Security.Cryptography;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using OpenCity.Data.Seeding;

namespace OpenCity.Data.Tests.Seeding;

/// <summary>SHA-256 over every field of every entity of a city (geometries as WKB), in list order.</summary>
internal static class DemoCityHasher
{
    public static string Hash(DemoCity city)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var stream = new HashStream(hash);
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            var wkb = new WKBWriter(ByteOrder.LittleEndian, handleSRID: true);
            void Geo(Geometry g) { var bytes = wkb.Write(g); w.Write(bytes.Length); w.Write(bytes); }
            void Str(string? s) { w.Write(s is not null); w.Write(s ?? string.Empty); }

            foreach (var u in city.Units)
            {
                w.Write(u.Id); Str(u.Code); Str(u.Name); w.Write((int)u.Level); w.Write(u.ParentId ?? -1); Str(u.Path);
                Geo(u.Boundary); w.Write(u.AreaSquareMeters); Geo(u.Centroid);
            }

            foreach (var d in city.Departments)
            {
                w.Write(d.Id); Str(d.Code); Str(d.Name); w.Write((int)d.Domain); Str(d.Description);
            }

            foreach (var a in city.ResponsibilityAreas)
            {
                w.Write(a.Id); w.Write(a.DepartmentId); Str(a.Name); Geo(a.Area);
            }

            foreach (var c in city.Components)
            {
                w.Write(c.Id); Str(c.Code); Str(c.Name); w.Write((int)c.Kind); w.Write((int)c.Domain); w.Write((int)c.Status);
                Geo(c.Geometry); w.Write(c.InstalledOn?.DayNumber ?? -1); Str(c.Attributes); w.Write(c.OwnerId ?? -1);
                w.Write(c.GridUnitId ?? -1); w.Write((int)c.Sensitivity);
            }

            foreach (var l in city.Links)
            {
                w.Write(l.Id); w.Write(l.FromComponentId); w.Write(l.ToComponentId); w.Write((int)l.Kind);
            }

            foreach (var r in city.Readings)
            {
                w.Write(r.Id); w.Write(r.ComponentId); Str(r.Metric); w.Write(r.MeasuredAt.Ticks); w.Write((int)r.MeasuredAt.Kind);
                w.Write(r.Value); Str(r.UnitOfMeasure);
            }

            foreach (var i in city.Indicators)
            {
                w.Write(i.Id); Str(i.Code); Str(i.Name); Str(i.Unit); w.Write((int)i.Aggregation); Str(i.Description); Str(i.Source); Str(i.Licence);
            }

            foreach (var o in city.Observations)
            {
                w.Write(o.Id); w.Write(o.IndicatorId); w.Write(o.UnitId); Str(o.Period); w.Write(o.Value);
            }

            foreach (var s in city.ServiceRequests)
            {
                w.Write(s.Id); Str(s.Code); Str(s.Category); Str(s.Description); Geo(s.Location); w.Write((int)s.Status);
                w.Write(s.DepartmentId ?? -1); w.Write(s.GridUnitId ?? -1); w.Write(s.SubmittedAt.Ticks); w.Write(s.UpdatedAt.Ticks);
            }

            foreach (var d in city.Datasets)
            {
                w.Write(d.Id); Str(d.Code); Str(d.Title); Str(d.Description); Str(d.Publisher); Str(d.Licence); Str(d.UpdateFrequency);
                w.Write(d.LastUpdated.Ticks); w.Write(d.Keywords.Count);
                foreach (var k in d.Keywords)
                {
                    Str(k);
                }
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>A write-only stream feeding an incremental hash, so a large city is never held as bytes.</summary>
    private sealed class HashStream(IncrementalHash hash) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => hash.AppendData(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => hash.AppendData(buffer);
    }
}
