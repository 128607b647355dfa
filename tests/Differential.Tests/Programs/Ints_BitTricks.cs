using System;

class Program
{
    static int PopCount(uint x)
    {
        int n = 0;
        while (x != 0) { x &= x - 1; n++; }
        return n;
    }

    static uint Reverse(uint x)
    {
        uint r = 0;
        for (int i = 0; i < 32; i++) { r = (r << 1) | (x & 1); x >>= 1; }
        return r;
    }

    static uint RotateLeft(uint x, int n) => (x << n) | (x >> (32 - n));
    static ulong RotateLeft64(ulong x, int n) => (x << n) | (x >> (64 - n));
    static int LeadingZeros(ulong x) { int n = 0; for (ulong bit = 1UL << 63; bit != 0 && (x & bit) == 0; bit >>= 1) n++; return n; }
    static bool IsPowerOfTwo(long x) => x > 0 && (x & (x - 1)) == 0;

    static uint Crc32(byte[] data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (var b in data)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
        }
        return ~crc;
    }

    static uint Murmur3(string s, uint seed)
    {
        uint h = seed;
        foreach (char ch in s)
        {
            uint k = ch;
            k *= 0xcc9e2d51;
            k = RotateLeft(k, 15);
            k *= 0x1b873593;
            h ^= k;
            h = RotateLeft(h, 13);
            h = h * 5 + 0xe6546b64;
        }
        h ^= (uint)s.Length;
        h ^= h >> 16;
        h *= 0x85ebca6b;
        h ^= h >> 13;
        h *= 0xc2b2ae35;
        h ^= h >> 16;
        return h;
    }

    static void Main()
    {
        foreach (var x in new uint[] { 0, 1, 0xFF, 0x80000000, 0xDEADBEEF, uint.MaxValue })
            Console.WriteLine($"{x:X8} pop={PopCount(x)} rev={Reverse(x):X8} rotl7={RotateLeft(x, 7):X8} lz={LeadingZeros(x)}");
        foreach (var x in new ulong[] { 1, 0x0123456789ABCDEF, ulong.MaxValue })
            Console.WriteLine($"{x:X16} rotl13={RotateLeft64(x, 13):X16} lz={LeadingZeros(x)}");
        foreach (var x in new long[] { 0, 1, 2, 3, 1024, 1L << 40, (1L << 40) + 1, -8, long.MinValue })
            Console.Write(IsPowerOfTwo(x) ? "1" : "0");
        Console.WriteLine();
        Console.WriteLine(Crc32(System.Text.Encoding.UTF8.GetBytes("123456789")).ToString("X8") + " " + Crc32(new byte[0]).ToString("X8"));
        foreach (var s in new[] { "", "a", "nginx:latest", "sha256:abcdef" })
            Console.WriteLine($"murmur3({s}) = {Murmur3(s, 0)} / {Murmur3(s, 42):x8}");
        int flags = 0;
        for (int bit = 0; bit < 32; bit += 3) flags |= 1 << bit;
        Console.WriteLine(flags + " " + flags.ToString("X") + " " + (flags >> 4) + " " + (flags >>> 4) + " " + (~flags & 0xFF));
        long mask = 0;
        for (int bit = 0; bit < 64; bit += 5) mask |= 1L << bit;
        Console.WriteLine(mask + " " + mask.ToString("X") + " " + (mask >> 33) + " " + (mask >>> 60) + " " + (mask ^ -1L));
        short s16 = -1;
        byte b8 = 0x81;
        Console.WriteLine((s16 >> 4) + " " + (b8 << 4) + " " + (byte)(b8 << 1) + " " + (sbyte)b8 + " " + (ushort)s16 + " " + (s16 & 0xFF));
        int shiftCount = 33;
        Console.WriteLine((1 << shiftCount) + " " + (1L << shiftCount) + " " + (1L << 65) + " " + (0x80000000u >> shiftCount) + " " + (-1 >> shiftCount));
    }
}
