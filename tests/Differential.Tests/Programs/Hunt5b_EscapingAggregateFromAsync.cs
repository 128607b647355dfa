using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Shop.Orders
{
    public sealed class OrderRejected : Exception
    {
        public string OrderId { get; }
        public OrderRejected(string id) : base("raw") { OrderId = id; }
        public override string Message => "order " + OrderId + " rejected";
    }

    public static class Program
    {
        static async Task<int> Check(string id, int delay)
        {
            await Task.Delay(delay);
            if (id.StartsWith("x")) throw new OrderRejected(id);
            return id.Length;
        }

        public static async Task Main()
        {
            var tasks = new List<Task<int>> { Check("ab", 1), Check("x1", 2), Check("x22", 30) };
            try
            {
                Console.WriteLine("sum " + (await Task.WhenAll(tasks)));
            }
            catch (OrderRejected e)
            {
                Console.WriteLine("first failure: " + e.Message + " " + e.OrderId);
                foreach (var t in tasks) Console.WriteLine(t.Status + " " + (t.IsFaulted ? t.Exception!.InnerException!.Message : t.Result.ToString()));
            }
            finally { Console.WriteLine("finally runs before the crash"); }
            var agg = new AggregateException("batch failed", new OrderRejected("q9"), new InvalidOperationException("second"));
            Console.WriteLine(agg.Message);
            await Task.Yield();
            throw agg;
        }
    }
}
