using System;
using System.Threading.Tasks;

class Program
{
    static async Task<int> Step(int n)
    {
        await Task.Yield();
        Console.WriteLine("step " + n);
        if (n == 3) throw new InvalidOperationException($"step {n} failed");
        return n * 2;
    }

    static async Task Main()
    {
        Console.WriteLine("start");
        int total = 0;
        for (int i = 1; i <= 5; i++)
        {
            total += await Step(i);
            Console.WriteLine("total " + total);
        }
        Console.WriteLine("never printed");
    }
}
