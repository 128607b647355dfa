using System;
using System.Text;
using System.Text.Json;

// JsonEncodedText.Encode with the default encoder, as the Worker writes its error bodies, log lines and page config.
class Program
{
    static void Main()
    {
        // every char of the BMP but the surrogates, in lines of 512
        for (var start = 0; start < 0x10000; start += 512)
        {
            if (start >= 0xD800 && start < 0xE000) continue;
            var chunk = new StringBuilder();
            for (var c = start; c < start + 512; c++) chunk.Append((char)c);
            var encoded = JsonEncodedText.Encode(chunk.ToString()).ToString();
            var hash = 0;
            foreach (var ch in encoded) hash = unchecked(hash * 31 + ch);
            Console.WriteLine(start.ToString("X4") + " " + encoded.Length + " " + hash);
        }
        var ascii = new StringBuilder();
        for (var c = 0; c < 128; c++) ascii.Append((char)c);
        Console.WriteLine(JsonEncodedText.Encode(ascii.ToString()));
        Console.WriteLine("\"" + JsonEncodedText.Encode("</script><!-- & \"quote\" \\ \u2028 é 😀") + "\"");
        Console.WriteLine(JsonEncodedText.Encode("x<y").Value + " " + $"{JsonEncodedText.Encode("a+b")}");
        JsonEncodedText unset = default;
        Console.WriteLine("[" + unset + "][" + unset.ToString() + "][" + unset.Value + "]");
        foreach (var bad in new[] { "a\ud800b", "\udc00", null })
        {
            try { Console.WriteLine(JsonEncodedText.Encode(bad!)); }
            catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        }
        // what it writes parses back to the same string
        var original = "tab\there \u0001 \u007f é 😀 \"q\" \\ / ' ` + & < >";
        var parsed = JsonDocument.Parse("\"" + JsonEncodedText.Encode(original) + "\"").RootElement.GetString();
        Console.WriteLine(parsed == original);
    }
}
