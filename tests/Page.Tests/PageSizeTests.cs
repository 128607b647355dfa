namespace EdgeMirror.Page.Tests;

[Collection("page")]
public sealed class PageSizeTests(PageFixture fixture)
{
    [Fact]
    public async Task TheServedPageIsUnder30Kilobytes()
    {
        using var http = new HttpClient();
        var bytes = await http.GetByteArrayAsync(fixture.Site.Origin + "/");
        Assert.InRange(bytes.Length, 5_000, 30 * 1024 - 1);
    }
}
