using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

using Digest.Core.Clean;
using Digest.Core.Group;
using Digest.Core.Load;
using Digest.Core.Merge;
using Digest.Core.Merge.Facts;
using Digest.Core.Write;

namespace Digest.Core.Build;

/// <summary>
/// How the cache writes a stage's input (to hash it) and its result (to keep it): every public
/// settable property of the records, as the source generator lists them at compile time (the published
/// CLI is compiled ahead of time, without reflection over types), so a field added to a record later
/// is keyed and kept without anyone remembering the cache. What cannot come back exactly is made to: front matter
/// values (<c>object?</c>: string, list, sorted map) keep their types, sorted maps keep ordinal order,
/// and an uninitialised <see cref="ImmutableArray{T}"/> stays uninitialised.
/// </summary>
internal static class CacheJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        // Computed properties (Lede, Paragraphs, Sentences) are derived again from the stored ones.
        // IgnoreReadOnlyProperties alone would still write a computed sequence, so they are dropped here.
        IgnoreReadOnlyProperties = true,
        TypeInfoResolver = CacheJsonTypes.Default.WithAddedModifier(OnlySettable),
        IncludeFields = false,
        MaxDepth = 256,
        Converters = { new PlainValueConverter(), new SortedMapConverter(), new ImmutableArrayConverterFactory() },
    };

    private static void OnlySettable(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
            return;
        for (var i = type.Properties.Count - 1; i >= 0; i--)
            if (type.Properties[i].Set is null && type.Properties[i].AssociatedParameter is null)
                type.Properties.RemoveAt(i);
    }

    public static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, TypeInfo<T>());

    /// <summary>
    /// Appends <paramref name="value"/>, written as <see cref="Serialize{T}"/> writes it, to <paramref name="buffer"/>, through a
    /// writer kept per thread: a cold build writes an entry per story, and each made its own array, then copied it out of a pooled one.
    /// </summary>
    public static void SerializeTo<T>(IBufferWriter<byte> buffer, T value)
    {
        var writer = _writer ??= new Utf8JsonWriter(buffer, WriterOptions);
        writer.Reset(buffer);
        JsonSerializer.Serialize(writer, value, TypeInfo<T>());
        writer.Flush();
    }

    [ThreadStatic]
    private static Utf8JsonWriter? _writer;

    /// <summary>The writer's settings <see cref="Serialize{T}"/> takes from <see cref="Options"/> (compact, default encoder), so both write the same bytes.</summary>
    private static readonly JsonWriterOptions WriterOptions = new() { MaxDepth = Options.MaxDepth, SkipValidation = true };

    public static T? Deserialize<T>(ReadOnlySpan<byte> json) => JsonSerializer.Deserialize(json, TypeInfo<T>());

    /// <summary>The generated description of <typeparamref name="T"/>; a type not listed on <see cref="CacheJsonTypes"/> (or reached from one) throws.</summary>
    private static JsonTypeInfo<T> TypeInfo<T>() => Described<T>.Info;

    /// <summary>Looked up once per type, not in the options' cache at every entry.</summary>
    private static class Described<T>
    {
        public static readonly JsonTypeInfo<T> Info = (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
    }

    /// <summary>A SHA-256 over the values' serialised forms, each length-prefixed so no two lists of values hash alike.</summary>
    public static string Hash(params ReadOnlySpan<byte[]> parts)
    {
        // One per thread, reset by each hash taken: making one is dearer than hashing a short key's parts.
        var hash = _hash ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[8];
        foreach (var part in parts)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(length, part.Length);
            hash.AppendData(length);
            hash.AppendData(part);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    [ThreadStatic]
    private static IncrementalHash? _hash;

    /// <summary>The SHA-256 of <paramref name="bytes"/>, as an entry's checksum.</summary>
    public static string Checksum(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Front matter values as <see cref="Load.FrontMatterParser.ToPlain"/> makes them: string, list, ordinal sorted map, null.</summary>
    private sealed class PlainValueConverter : JsonConverter<object?>
    {
        public override bool HandleNull => true;

        public override object? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader, options);

        public override void Write(Utf8JsonWriter writer, object? value, JsonSerializerOptions options) => WriteValue(writer, value, options);

        public static object? ReadValue(ref Utf8JsonReader reader, JsonSerializerOptions options) => reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.StartArray => ReadList(ref reader, options),
            JsonTokenType.StartObject => SortedMapConverter.ReadMap(ref reader, options),
            _ => throw new JsonException($"a front matter value cannot be {reader.TokenType}"),
        };

        private static ImmutableArray<object?> ReadList(ref Utf8JsonReader reader, JsonSerializerOptions options)
        {
            var items = ImmutableArray.CreateBuilder<object?>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                items.Add(ReadValue(ref reader, options));
            return items.ToImmutable();
        }

        public static void WriteValue(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
        {
            switch (value)
            {
                case null: writer.WriteNullValue(); break;
                case string s: writer.WriteStringValue(s); break;
                case ImmutableArray<object?> list:
                    writer.WriteStartArray();
                    foreach (var item in list)
                        WriteValue(writer, item, options);
                    writer.WriteEndArray();
                    break;
                case ImmutableSortedDictionary<string, object?> map: SortedMapConverter.WriteMap(writer, map, options); break;
                default: throw new JsonException($"the cache cannot keep a front matter value of type {value.GetType()}");
            }
        }
    }

    private sealed class SortedMapConverter : JsonConverter<ImmutableSortedDictionary<string, object?>>
    {
        public override ImmutableSortedDictionary<string, object?>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            ReadMap(ref reader, options);

        public override void Write(Utf8JsonWriter writer, ImmutableSortedDictionary<string, object?> value, JsonSerializerOptions options) =>
            WriteMap(writer, value, options);

        public static ImmutableSortedDictionary<string, object?> ReadMap(ref Utf8JsonReader reader, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
                throw new JsonException("expected a map");
            var map = ImmutableSortedDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var key = reader.GetString() ?? throw new JsonException("a map key cannot be null");
                reader.Read();
                map[key] = PlainValueConverter.ReadValue(ref reader, options);
            }
            return map.ToImmutable();
        }

        public static void WriteMap(Utf8JsonWriter writer, ImmutableSortedDictionary<string, object?> map, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            foreach (var (key, item) in map)
            {
                writer.WritePropertyName(key);
                PlainValueConverter.WriteValue(writer, item, options);
            }
            writer.WriteEndObject();
        }
    }

    /// <summary>
    /// An uninitialised array as null and back, so a record reads back exactly as it was. Each item type is named here:
    /// code compiled ahead of time cannot make a generic converter for a type it learns only at run time. An array
    /// of an item type not named is refused, not written another way (a test walks the cached types for them).
    /// </summary>
    internal sealed class ImmutableArrayConverterFactory : JsonConverterFactory
    {
        private static readonly FrozenDictionary<Type, Func<JsonConverter>> ByItemType = new Dictionary<Type, Func<JsonConverter>>
        {
            [typeof(ImmutableArray<string>)] = () => new ImmutableArrayConverter<string>(),
            [typeof(ImmutableArray<BodySentence>)] = () => new ImmutableArrayConverter<BodySentence>(),
            [typeof(ImmutableArray<CleanArticle>)] = () => new ImmutableArrayConverter<CleanArticle>(),
            [typeof(ImmutableArray<Conflict>)] = () => new ImmutableArrayConverter<Conflict>(),
            [typeof(ImmutableArray<ConflictValue>)] = () => new ImmutableArrayConverter<ConflictValue>(),
            [typeof(ImmutableArray<DigestQuote>)] = () => new ImmutableArrayConverter<DigestQuote>(),
            [typeof(ImmutableArray<DigestSource>)] = () => new ImmutableArrayConverter<DigestSource>(),
            [typeof(ImmutableArray<OverrideValue>)] = () => new ImmutableArrayConverter<OverrideValue>(),
            [typeof(ImmutableArray<Paragraph>)] = () => new ImmutableArrayConverter<Paragraph>(),
            [typeof(ImmutableArray<Person>)] = () => new ImmutableArrayConverter<Person>(),
            [typeof(ImmutableArray<QuoteVariant>)] = () => new ImmutableArrayConverter<QuoteVariant>(),
            [typeof(ImmutableArray<RemovedLine>)] = () => new ImmutableArrayConverter<RemovedLine>(),
            [typeof(ImmutableArray<RemovedSentence>)] = () => new ImmutableArrayConverter<RemovedSentence>(),
            [typeof(ImmutableArray<Sentence>)] = () => new ImmutableArrayConverter<Sentence>(),
            [typeof(ImmutableArray<SentenceOrigin>)] = () => new ImmutableArrayConverter<SentenceOrigin>(),
            [typeof(ImmutableArray<SpeakerOverride>)] = () => new ImmutableArrayConverter<SpeakerOverride>(),
            [typeof(ImmutableArray<TimelineEvent>)] = () => new ImmutableArrayConverter<TimelineEvent>(),
            [typeof(ImmutableArray<TimelineTelling>)] = () => new ImmutableArrayConverter<TimelineTelling>(),
            [typeof(ImmutableArray<UnresolvedDate>)] = () => new ImmutableArrayConverter<UnresolvedDate>(),
        }.ToFrozenDictionary();

        public override bool CanConvert(Type typeToConvert) =>
            typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(ImmutableArray<>);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            ByItemType.TryGetValue(typeToConvert, out var make)
                ? make()
                : throw new NotSupportedException($"the cache cannot keep {typeToConvert}: name its item type in {nameof(CacheJson)}.{nameof(ImmutableArrayConverterFactory)}");

        public static bool Handles(Type arrayType) => ByItemType.ContainsKey(arrayType);
    }

    /// <remarks>
    /// Items are read and written by their type's own converter, not through <see cref="JsonSerializer"/>: reading a value
    /// from a reader that way first scans to its end, so an item nested in arrays three deep (a digest's body sentence's
    /// origins' words) was scanned four times, and a rebuild at 10k read its 150 MB of cache mostly over again.
    /// </remarks>
    internal sealed class ImmutableArrayConverter<T> : JsonConverter<ImmutableArray<T>>
    {
        private JsonConverter<T>? _items;

        public override bool HandleNull => true;

        [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Options' resolver is the generated CacheJsonTypes, which describes every item type without reflection.")]
        [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Options' resolver is the generated CacheJsonTypes, which describes every item type without reflection.")]
        private JsonConverter<T> Items(JsonSerializerOptions options) => _items ??= (JsonConverter<T>)options.GetConverter(typeof(T));

        public override ImmutableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null)
                return default;
            if (reader.TokenType != JsonTokenType.StartArray)
                throw new JsonException("expected an array");
            var items = ImmutableArray.CreateBuilder<T>();
            var converter = Items(options);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                items.Add(reader.TokenType == JsonTokenType.Null && !converter.HandleNull ? default! : converter.Read(ref reader, typeof(T), options)!);
            return items.Count == items.Capacity ? items.MoveToImmutable() : items.ToImmutable();
        }

        public override void Write(Utf8JsonWriter writer, ImmutableArray<T> value, JsonSerializerOptions options)
        {
            if (value.IsDefault)
            {
                writer.WriteNullValue();
                return;
            }
            writer.WriteStartArray();
            var converter = Items(options);
            foreach (var x in value)
            {
                if (x is null && !converter.HandleNull)
                    writer.WriteNullValue();
                else
                    converter.Write(writer, x, options);
            }
            writer.WriteEndArray();
        }
    }
}

/// <summary>
/// The records the cache writes, described at compile time by System.Text.Json's source generator with every type
/// they reach. Options (converters, dropping computed properties) are <see cref="CacheJson.Options"/>'s.
/// </summary>
[JsonSerializable(typeof(SiteConfig))]
[JsonSerializable(typeof(Story))]
[JsonSerializable(typeof(CleanArticle))]
[JsonSerializable(typeof(StoryDigest))]
[JsonSerializable(typeof(DigestCache.Brief))]
[JsonSerializable(typeof(DigestCache.LoadedFiles))]
[JsonSerializable(typeof(OutletFooters.OutletLines))]
[JsonSerializable(typeof(OutputManifest))]
internal sealed partial class CacheJsonTypes : JsonSerializerContext;
