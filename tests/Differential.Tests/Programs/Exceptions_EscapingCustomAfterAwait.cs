using System;
using System.Threading.Tasks;

namespace Mirror.Errors
{
    sealed class UpstreamException : Exception
    {
        public UpstreamException(int status) : base($"upstream answered {status}") { }
    }

    class Program
    {
        static async Task<int> FetchStatus(int attempt)
        {
            await Task.Delay(1);
            return attempt < 3 ? 429 : 503;
        }

        static async Task Main()
        {
            for (int attempt = 1; ; attempt++)
            {
                var status = await FetchStatus(attempt);
                Console.WriteLine($"attempt {attempt}: {status}");
                if (status == 429) continue;
                throw new UpstreamException(status);
            }
        }
    }
}
