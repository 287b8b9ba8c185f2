using System.Collections.Immutable;
using System.Text.Json.Serialization.Metadata;
using Digest.Core.Build;

namespace Digest.Tests.Build;

/// <summary>
/// The cache's JSON is described at compile time (the published CLI has no reflection over types), so every
/// array type the cached records reach must have its converter named, or a cached build would fail on it.
/// </summary>
public class CacheJsonTests
{
    [Fact]
    public void Every_array_the_cached_records_reach_keeps_an_uninitialised_array_as_it_was()
    {
        var arrays = typeof(CacheJsonTypes).GetProperties()
            .Select(p => p.PropertyType)
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(JsonTypeInfo<>))
            .Select(t => t.GetGenericArguments()[0])
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
            .ToList();

        Assert.Contains(typeof(ImmutableArray<string>), arrays);
        var unnamed = arrays.Where(t => !CacheJson.ImmutableArrayConverterFactory.Handles(t)).Select(t => t.GetGenericArguments()[0].FullName).Order(StringComparer.Ordinal);
        Assert.Equal("", string.Join(" ", unnamed));
    }

    [Fact]
    public void An_array_of_an_item_type_not_named_is_refused_not_written_another_way()
    {
        var error = Assert.Throws<NotSupportedException>(() => new CacheJson.ImmutableArrayConverterFactory().CreateConverter(typeof(ImmutableArray<DateTime>), CacheJson.Options));
        Assert.Contains("ImmutableArrayConverterFactory", error.Message);
    }
}
